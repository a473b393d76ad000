import {
  type InfiniteData,
  infiniteQueryOptions,
  keepPreviousData,
  useInfiniteQuery,
} from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { type ClientFullPage, listClientsFull } from "../../../kanbert/clients.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { useHttp } from "../../settings/index.ts";
import { type ClientListParams, clientKeys } from "./keys.ts";
import { CLIENTS_PAGE_SIZE, clientsPageRequest } from "./page-request.ts";

export type ClientsPage = ReturnType<typeof ClientFullPage.parse>;
const FIRST_CURSOR: string | null = null;
export type ClientsInfiniteData = InfiniteData<ClientsPage, string | null>;

/** The request of one page of a list: `GET /clients/full` with projects, canonical filter and sort. */
export function fetchClientsPage(
  http: HttpClient,
  params: ClientListParams,
  cursor: string | null,
  signal?: AbortSignal,
  pageSize = CLIENTS_PAGE_SIZE,
) {
  return listClientsFull(http, clientsPageRequest(params, cursor, pageSize), signal);
}

export function clientsInfiniteOptions(http: HttpClient, params: ClientListParams) {
  return infiniteQueryOptions({
    queryKey: clientKeys.list(params),
    queryFn: ({ pageParam, signal }) => fetchClientsPage(http, params, pageParam, signal),
    initialPageParam: FIRST_CURSOR,
    getNextPageParam: (last: ClientsPage) => last.meta.next_cursor ?? undefined,
    // A refetch of an infinite list walks every loaded page again; lists restart through
    // `restartClientLists` after a change instead, so keep them fresh for a while.
    staleTime: 2 * 60_000,
    refetchOnWindowFocus: false,
    placeholderData: keepPreviousData,
  });
}

/** Every page of a clients list loaded so far, flattened, with a guarded `loadMore`. */
export function useClientsInfinite(params: ClientListParams) {
  const http = useHttp();
  const query = useInfiniteQuery(clientsInfiniteOptions(http, params));
  const { data, hasNextPage, isFetchingNextPage, isFetching, fetchNextPage } = query;
  const rows = useMemo<ClientFullData[]>(() => data?.pages.flatMap((page) => page.data) ?? [], [data]);
  const canLoadMore = hasNextPage && !isFetchingNextPage && !query.isPlaceholderData;
  const loadMore = useCallback(() => {
    // Never two page requests at once: ignore calls while any fetch of this list runs.
    if (!canLoadMore || isFetching) return;
    void fetchNextPage({ cancelRefetch: false });
  }, [canLoadMore, isFetching, fetchNextPage]);
  return { ...query, rows, loadMore };
}
