import type { QueryClient } from "@tanstack/react-query";
import type { Connection } from "../../../kanbert/http.ts";
import { listQuery } from "../../../kanbert/query.ts";
import { CLIENTS_FULL_PATH, requestHeaders, requestUrl } from "../../../kanbert/request.ts";
import type { EarlyFetch } from "../../../lib/early-fetch.ts";
import type { ClientsSearch } from "../search.ts";
import { type ClientListParams, clientKeys } from "./keys.ts";
import { clientsPageRequest } from "./page-request.ts";

/**
 * The list params of `/clients` as a first visit opens it (no filter, archived hidden, by name):
 * what `listParamsOf(readView({}))` gives, spelled out so the entry chunk need not load the view
 * code (filter language, catalogue, schemas) to know it. Its test checks the two agree.
 */
export const DEFAULT_LIST_PARAMS: ClientListParams = { filter: "", sort: "name", archived: "without" };

/**
 * From the entry chunk, at once: `GET /clients/full` for the first page of the default view, while
 * the route's chunk and the code that parses the answer are still loading (`EarlyFetch`; the
 * table's query takes the response over). Not for a view with a filter, archived mode or sort in
 * its URL (their params need the view code; the route's prefetch asks for those), nor when the
 * list is already cached or being fetched (`cache`, once the query client exists).
 */
export function requestDefaultFirstPage(
  early: EarlyFetch,
  connection: Connection,
  search: ClientsSearch,
  cache?: QueryClient,
): void {
  if (search.filter !== undefined || search.archived !== undefined || search.sort !== undefined) return;
  if (cache?.getQueryState(clientKeys.list(DEFAULT_LIST_PARAMS)) !== undefined) return;
  const query = listQuery(clientsPageRequest(DEFAULT_LIST_PARAMS, null));
  early.start(requestUrl(connection.baseUrl, CLIENTS_FULL_PATH, query), {
    headers: requestHeaders(connection.token),
  });
}
