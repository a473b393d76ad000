import { useIsFetching, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
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

/** How long the app must have nothing in flight before the count is asked for. */
const QUIET_MS = 1000;

/**
 * True once no request has been in flight for QUIET_MS, and from then on. The count's request is
 * an expensive one (every thread's HTML is searched for mentions) and a server answers one at a
 * time: asked at once, it would hold back the page's own first page.
 */
function useAfterPageData(): boolean {
  const busy = useIsFetching() > 0;
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (started || busy) return;
    const timer = setTimeout(() => setStarted(true), QUIET_MS);
    return () => clearTimeout(timer);
  }, [busy, started]);
  return started;
}

function Count() {
  const http = useHttp();
  const read = useReadState();
  const enabled = useAfterPageData();
  const query = useQuery({
    enabled,
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
