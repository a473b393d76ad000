import { useInfiniteQuery } from "@tanstack/react-query";
import { listComments } from "../../../kanbert/comments.ts";
import { useHttp } from "../../settings/index.ts";
import { clientCommentsFilter, commentKeys } from "./keys.ts";

const COMMENTS_PAGE_SIZE = 20;

/** No cursor: the first page (typed so later pages may carry one). */
const firstPage = (): string | null => null;

/** Threads on a client's tasks (one task or all), newest first (EXTENSION endpoint `GET /tasks/comments`). */
export function useClientComments(clientId: string, taskId: string | null) {
  const http = useHttp();
  return useInfiniteQuery({
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
