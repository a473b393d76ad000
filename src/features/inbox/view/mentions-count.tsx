import { useQuery } from "@tanstack/react-query";
import { listComments } from "../../../kanbert/comments.ts";
import { useConnection, useHttp } from "../../settings/index.ts";
import { inboxKeys } from "../api/use-inbox.ts";
import { useReadState } from "../unread/use-read-state.ts";

const MENTIONS = "mentions.id eq me.id";
/** Counted over the most recently active threads that mention the reviewer. */
const WINDOW = 100;

/** "N unread mentions" beside the navigation's Comments link (nothing when none or unavailable). */
export function MentionsCount() {
  const { state } = useConnection();
  return state.status === "connected" ? <Count /> : null;
}

function Count() {
  const http = useHttp();
  const read = useReadState();
  const query = useQuery({
    queryKey: [...inboxKeys.all, "mentions-count"],
    queryFn: ({ signal }) =>
      listComments(http, { filter: MENTIONS, sort: ["-updated_at"], pageSize: WINDOW }, signal),
    retry: false,
    staleTime: 60_000,
  });
  const unread = query.data?.data.filter((thread) => read.isUnread(thread)).length ?? 0;
  if (!read.ready || unread === 0) return null;
  const label = `${unread === WINDOW ? `${WINDOW}+` : unread} unread ${unread === 1 ? "mention" : "mentions"}`;
  return (
    <>
      <span
        aria-hidden="true"
        className="ml-1 rounded-full bg-sky-600 px-1.5 text-xs font-semibold text-white"
      >
        {unread === WINDOW ? `${WINDOW}+` : unread}
      </span>
      <span className="sr-only">, {label}</span>
    </>
  );
}
