import {
  type QueryClient,
  type QueryKey,
  queryOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { HttpClient } from "../../../kanbert/http.ts";
import type { ClientLookup } from "../../../kanbert/query.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { useHttp } from "../../settings/index.ts";
import { findCachedClient } from "./client-cache.ts";
import { detailFromRow } from "./detail-model.ts";
import { fetchClientDetail } from "./fetch-detail.ts";
import { clientKeys } from "./keys.ts";

/**
 * The cache key of a detail: `['clients','detail',id]` for a lookup by id; deep links by shortcode
 * or external id get their own entry under `['clients','detail']` (the id is not known before the
 * answer). Updates find every entry by the client id inside the data, so both stay in step.
 */
export function clientDetailKey(lookup: ClientLookup): QueryKey {
  const findBy = lookup.findBy ?? "id";
  if (findBy === "id") return clientKeys.detail(lookup.key);
  return [...clientKeys.details(), { findBy, key: lookup.key, origin: lookup.origin ?? null }];
}

/** Whether a cached full row is the client a lookup names (the answer by id decides in the end). */
function matchesLookup(lookup: ClientLookup): (row: ClientFullData) => boolean {
  const findBy = lookup.findBy ?? "id";
  if (findBy === "shortcode") return (row) => row.shortcode?.toLowerCase() === lookup.key.toLowerCase();
  if (findBy === "external_id") {
    return (row) =>
      row.external_id === lookup.key && (!lookup.origin || row.external_origin === lookup.origin);
  }
  return (row) => row.id === lookup.key;
}

/**
 * The query of one client, merged from `GET /clients/{key}` and its full record: `{client, full, archived}`.
 * A row already in a cached list (with a settled archived mode) is used as initial data, dated
 * like its list, so opening a client from the table costs no request while the list is fresh.
 */
export function clientDetailOptions(queryClient: QueryClient, http: HttpClient, lookup: ClientLookup) {
  const match = matchesLookup(lookup);
  return queryOptions({
    queryKey: clientDetailKey(lookup),
    queryFn: ({ signal }) => fetchClientDetail(http, lookup, findCachedClient(queryClient, match), signal),
    initialData: () => {
      const hit = findCachedClient(queryClient, match);
      return hit && hit.mode !== "with" ? detailFromRow(hit.row, hit.mode === "only") : undefined;
    },
    initialDataUpdatedAt: () => findCachedClient(queryClient, match)?.updatedAt,
    placeholderData: () => {
      const hit = findCachedClient(queryClient, match);
      return hit ? detailFromRow(hit.row, false) : undefined;
    },
  });
}

/** One client for the detail page (see `clientDetailOptions`). */
export function useClientDetail(lookup: ClientLookup) {
  return useQuery(clientDetailOptions(useQueryClient(), useHttp(), lookup));
}
