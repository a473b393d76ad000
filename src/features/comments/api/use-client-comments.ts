import { useInfiniteQuery } from "@tanstack/react-query";
import { listComments } from "../../../kanbert/comments.ts";
import { useHttp } from "../../settings/index.ts";
import { type CommentFilters, clientCommentsFilter, commentKeys } from "./keys.ts";

export const COMMENTS_PAGE_SIZE = 20;

/** No cursor: the first page (typed so later pages may carry one). */
const firstPage = (): string | null => null;

/** Threads on a client's tasks, newest first (EXTENSION endpoint `GET /tasks/comments`). */
export function useClientComments(clientId: string, filters: CommentFilters) {
  const http = useHttp();
  return useInfiniteQuery({
    queryKey: commentKeys.clientList(clientId, filters),
    queryFn: ({ pageParam, signal }) =>
      listComments(
        http,
        {
          filter: clientCommentsFilter(clientId, filters),
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
