import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { listComments } from "../../../kanbert/comments.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import { commentKeys } from "../../comments/index.ts";
import { useHttp } from "../../settings/index.ts";
import { SORT_KEYS } from "../inbox-query.ts";
import type { InboxSort } from "../search.ts";

const INBOX_PAGE_SIZE = 50;

export const inboxKeys = {
  all: [...commentKeys.all, "inbox"] as const,
  list: (filter: string, sort: InboxSort) => [...inboxKeys.all, { filter, sort }] as const,
};

/** No cursor: the first page (typed so later pages may carry one). */
const firstPage = (): string | null => null;

/** The query of the inbox: every client's threads, filtered and sorted, page by page. */
export function inboxOptions(http: HttpClient, filter: string, sort: InboxSort) {
  return infiniteQueryOptions({
    queryKey: inboxKeys.list(filter, sort),
    queryFn: ({ pageParam, signal }) =>
      listComments(
        http,
        {
          // Stryker disable next-line ConditionalExpression,StringLiteral: listQuery leaves an empty filter out anyway; this only keeps it out of the params
          ...(filter === "" ? {} : { filter }),
          sort: [SORT_KEYS[sort]],
          include: ["task.client"],
          pageSize: INBOX_PAGE_SIZE,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: firstPage(),
    getNextPageParam: (last) => last.meta.next_cursor,
  });
}

/** Threads across every client (EXTENSION endpoint `GET /tasks/comments`), cursor-paginated. */
export function useInbox(filter: string, sort: InboxSort) {
  return useInfiniteQuery(inboxOptions(useHttp(), filter, sort));
}
