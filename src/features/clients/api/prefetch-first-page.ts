import type { QueryClient } from "@tanstack/react-query";
import { type Connection, createHttpClient, type FetchLike } from "../../../kanbert/http.ts";
import type { ClientsSearch } from "../search.ts";
import { readView } from "../view/url-state.ts";
import { listParamsOf } from "./list-params.ts";
import { clientsInfiniteOptions } from "./use-clients-infinite.ts";

/**
 * Starts the first page of the list `/clients?…` shows, under the very key (and options) of the
 * table's infinite query, which then adopts the request under way instead of making its own. The
 * router calls it while the route's chunk is still loading; errors stay in the query for the table.
 * `fetchImpl` is the app's (its early GET of the default view's first page is taken over).
 */
export function prefetchClientsFirstPage(
  queryClient: QueryClient,
  connection: Connection,
  search: ClientsSearch,
  fetchImpl: FetchLike,
): Promise<void> {
  const params = listParamsOf(readView(search));
  return queryClient.prefetchInfiniteQuery(
    clientsInfiniteOptions(createHttpClient(connection, fetchImpl), params),
  );
}
