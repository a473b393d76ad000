import { createLazyRoute, useNavigate, useSearch } from "@tanstack/react-router";
import { InboxPage } from "../../features/inbox/view/inbox-page.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";

function CommentsRoute() {
  useDocumentTitle("Comments");
  const search = useSearch({ from: "/comments" });
  const navigate = useNavigate({ from: "/comments" });
  return <InboxPage search={search} onSearch={(next) => void navigate({ search: next, replace: true })} />;
}

export const Route = createLazyRoute("/comments")({ component: CommentsRoute });
