import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { listComments } from "../../../kanbert/comments.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import { useHttp } from "../../settings/index.ts";
import { clientCommentsFilter, commentKeys } from "./keys.ts";

const COMMENTS_PAGE_SIZE = 20;

/** No cursor: the first page (typed so later pages may carry one). */
const firstPage = (): string | null => null;

/** The query of a client's threads (one task or all), newest first, page by page. */
export function clientCommentsOptions(http: HttpClient, clientId: string, taskId: string | null) {
  return infiniteQueryOptions({
    queryKey: commentKeys.clientList(clientId, taskId),
    queryFn: ({ pageParam, signal }) =>
      listComments(
        http,
        {
          filter: clientCommentsFilter(clientId, taskId),
          sort: ["-created_at"],
          include: ["task"],
          pageSize: COMMENTS_PAGE_SIZE,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: firstPage(),
    getNextPageParam: (last) => last.meta.next_cursor,
  });
}

/** Threads on a client's tasks (one task or all), newest first (EXTENSION endpoint `GET /tasks/comments`). */
export function useClientComments(clientId: string, taskId: string | null) {
  return useInfiniteQuery(clientCommentsOptions(useHttp(), clientId, taskId));
}
