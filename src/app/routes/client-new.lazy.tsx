import { createLazyRoute } from "@tanstack/react-router";
import { CreateClientPage } from "../../features/clients/forms/create-client-page.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";

function ClientNewRoute() {
  useDocumentTitle("New client");
  return <CreateClientPage />;
}

export const Route = createLazyRoute("/clients/new")({ component: ClientNewRoute });
