import type { Query, QueryClient, QueryKey } from "@tanstack/react-query";
import type { ArchivedMode } from "../../../kanbert/catalogue.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { type ClientDetail, patchDetail } from "./detail-model.ts";
import { clientKeys } from "./keys.ts";
import { archivedModeOfKey, hasPages } from "./list-cache.ts";
import { restartClientLists } from "./restart-lists.ts";

/**
 * Optimistic changes to one client everywhere it is cached — every detail entry (by id or by a deep
 * link) and every loaded page of every list — with a snapshot to roll back to.
 */

export type ClientsSnapshot = ReadonlyArray<readonly [QueryKey, unknown]>;

/** Stops running fetches of clients (so they cannot overwrite the change) and remembers the cache. */
export async function snapshotClients(queryClient: QueryClient): Promise<ClientsSnapshot> {
  await queryClient.cancelQueries({ queryKey: clientKeys.all });
  return queryClient.getQueriesData({ queryKey: clientKeys.all });
}

export function rollbackClients(queryClient: QueryClient, snapshot: ClientsSnapshot): void {
  for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
}

export function isClientDetail(value: unknown): value is ClientDetail {
  return (
    typeof value === "object" &&
    value !== null &&
    "client" in value &&
    "archived" in value &&
    typeof value.client === "object" &&
    value.client !== null &&
    "id" in value.client
  );
}

function mapRows(data: unknown, change: (rows: ClientFullData[]) => ClientFullData[]): unknown {
  if (!hasPages(data)) return data;
  let changed = false;
  const pages = data.pages.map((page) => {
    const rows = change(page.data);
    if (rows === page.data) return page;
    changed = true;
    return { ...page, data: rows };
  });
  return changed ? { ...data, pages } : data;
}

function updateDetails(queryClient: QueryClient, id: string, update: (d: ClientDetail) => ClientDetail) {
  queryClient.setQueriesData({ queryKey: clientKeys.details() }, (data: unknown) =>
    isClientDetail(data) && data.client.id === id ? update(data) : data,
  );
}

/** Applies `patch` to the client in every detail entry and every cached list page holding it. */
export function patchClientEverywhere(
  queryClient: QueryClient,
  id: string,
  patch: Partial<ClientFullData>,
): void {
  queryClient.setQueriesData({ queryKey: clientKeys.lists() }, (data: unknown) =>
    mapRows(data, (rows) =>
      rows.some((row) => row.id === id)
        ? rows.map((row) => (row.id === id ? { ...row, ...patch } : row))
        : rows,
    ),
  );
  updateDetails(queryClient, id, (detail) => patchDetail(detail, patch));
}

/** Takes the client out of every cached list whose archived mode is one of `modes`. */
export function removeFromLists(queryClient: QueryClient, id: string, modes: readonly ArchivedMode[]): void {
  for (const [key, data] of queryClient.getQueriesData({ queryKey: clientKeys.lists() })) {
    if (!modes.includes(archivedModeOfKey(key))) continue;
    const next = mapRows(data, (rows) =>
      rows.some((row) => row.id === id) ? rows.filter((row) => row.id !== id) : rows,
    );
    if (next !== data) queryClient.setQueryData(key, next);
  }
}

export function setArchivedEverywhere(queryClient: QueryClient, id: string, archived: boolean): void {
  updateDetails(queryClient, id, (detail) => ({ ...detail, archived }));
}

/**
 * A deep-link detail entry (by shortcode or external id) whose client no longer carries that key:
 * refetching it could only answer 404 — the page moves to the client's new address instead.
 */
export function isOutdatedDeepLink(query: Pick<Query, "queryKey" | "state">): boolean {
  const lookup = query.queryKey[2];
  const data = query.state.data;
  if (typeof lookup !== "object" || lookup === null || !("findBy" in lookup) || !("key" in lookup))
    return false;
  if (!isClientDetail(data) || typeof lookup.key !== "string") return false;
  if (lookup.findBy === "shortcode") return data.client.shortcode?.toLowerCase() !== lookup.key.toLowerCase();
  if (lookup.findBy === "external_id") return data.client.external_id !== lookup.key;
  return false;
}

/** After any change: lists restart from page one, details refetch (outdated deep links only go stale). */
export async function settleClients(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    restartClientLists(queryClient),
    queryClient.invalidateQueries({
      queryKey: clientKeys.details(),
      predicate: (q) => !isOutdatedDeepLink(q),
    }),
    queryClient.invalidateQueries({
      queryKey: clientKeys.details(),
      predicate: isOutdatedDeepLink,
      refetchType: "none",
    }),
  ]);
}
