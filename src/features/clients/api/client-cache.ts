import type { InfiniteData, Query, QueryClient, QueryKey } from "@tanstack/react-query";
import { DEFAULT_ARCHIVED } from "../../../kanbert/archived.ts";
import { ARCHIVED_MODES, type ArchivedMode } from "../../../kanbert/catalogue.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { announceClientsChanged } from "./cross-tab.ts";
import { type ClientDetail, patchDetail } from "./detail-model.ts";
import { clientKeys } from "./keys.ts";
import type { ClientsInfiniteData } from "./use-clients-infinite.ts";

/**
 * The clients cache, in one place: reading the cached lists (`['clients','list',{filter,archived,sort}]`,
 * infinite pages) and details, changing one client everywhere it is cached, snapshotting one client
 * to roll it back on its own, and restarting lists after a change.
 */

/** The archived mode a list key asks for: the `archived` field of its params (`without` if none). */
export function archivedModeOfKey(key: QueryKey): ArchivedMode {
  const params = key[2];
  const value =
    typeof params === "object" && params !== null && "archived" in params ? params.archived : null;
  return ARCHIVED_MODES.find((mode) => mode === value) ?? DEFAULT_ARCHIVED;
}

function hasPages(value: unknown): value is ClientsInfiniteData {
  return (
    typeof value === "object" &&
    value !== null &&
    "pages" in value &&
    Array.isArray(value.pages) &&
    value.pages.every((page: unknown) => typeof page === "object" && page !== null && "data" in page)
  );
}

export interface CachedRow {
  row: ClientFullData;
  mode: ArchivedMode;
  /** When the list holding the row was fetched. */
  updatedAt: number;
}

/**
 * A cached full row of the client `match` picks, preferring lists whose archived mode settles the
 * archived state (`without` → active, `only` → archived) over `with` lists.
 */
export function findCachedClient(
  queryClient: QueryClient,
  match: (row: ClientFullData) => boolean,
): CachedRow | null {
  let fallback: CachedRow | null = null;
  for (const [key, data] of queryClient.getQueriesData({ queryKey: clientKeys.lists() })) {
    if (!hasPages(data)) continue;
    const row = data.pages.flatMap((page) => page.data).find(match);
    if (!row) continue;
    const mode = archivedModeOfKey(key);
    // Stryker disable next-line OptionalChaining: the key comes from the cache's own entries, so its state exists
    const updatedAt = queryClient.getQueryState(key)?.dataUpdatedAt ?? 0;
    if (mode !== "with") return { row, mode, updatedAt };
    fallback ??= { row, mode, updatedAt };
  }
  return fallback;
}

function isClientDetail(value: unknown): value is ClientDetail {
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

function isInfiniteData(value: unknown): value is InfiniteData<unknown, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    "pages" in value &&
    "pageParams" in value &&
    Array.isArray(value.pages) &&
    Array.isArray(value.pageParams)
  );
}

/** A cached infinite list cut back to its first page; anything else unchanged. */
export function firstPageOnly<T>(data: T): T {
  if (!isInfiniteData(data) || data.pages.length <= 1) return data;
  return { ...data, pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) };
}

/**
 * After a change to clients (create, edit, delete, restore): trims every cached clients list to its
 * first page, then invalidates them, so each restarts from page one (one request per list) instead
 * of refetching every page it had loaded. Other tabs of this browser are told to refetch too.
 */
export async function restartClientLists(queryClient: QueryClient): Promise<void> {
  announceClientsChanged();
  queryClient.setQueriesData({ queryKey: clientKeys.lists() }, firstPageOnly);
  await queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
}

/** Where one client sat in the cache before a change: its row in each list page, its details. */
export interface ClientSnapshot {
  id: string;
  lists: { key: QueryKey; page: number; index: number; row: ClientFullData }[];
  details: { key: QueryKey; detail: ClientDetail }[];
}

/** Stops running fetches of clients, so none can overwrite an optimistic change when it lands. */
export async function holdClientFetches(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries({ queryKey: clientKeys.all });
}

export function snapshotClient(queryClient: QueryClient, id: string): ClientSnapshot {
  const lists: ClientSnapshot["lists"] = [];
  for (const [key, data] of queryClient.getQueriesData({ queryKey: clientKeys.lists() })) {
    if (!hasPages(data)) continue;
    data.pages.forEach((page, pageIndex) => {
      const index = page.data.findIndex((row) => row.id === id);
      const row = page.data[index];
      if (row) lists.push({ key, page: pageIndex, index, row });
    });
  }
  const details: ClientSnapshot["details"] = [];
  for (const [key, data] of queryClient.getQueriesData({ queryKey: clientKeys.details() })) {
    if (isClientDetail(data) && data.client.id === id) details.push({ key, detail: data });
  }
  return { id, lists, details };
}

function putBack(data: unknown, page: number, index: number, row: ClientFullData): unknown {
  if (!hasPages(data)) return data;
  const target = data.pages[page];
  if (!target) return data;
  const at = target.data.findIndex((r) => r.id === row.id);
  const rows =
    at >= 0
      ? target.data.map((r) => (r.id === row.id ? row : r))
      : [...target.data.slice(0, index), row, ...target.data.slice(index)];
  return { ...data, pages: data.pages.map((p, i) => (i === page ? { ...p, data: rows } : p)) };
}

/** Puts one client back as the snapshot had it, in every list and detail; other clients stay. */
export function rollbackClient(queryClient: QueryClient, snapshot: ClientSnapshot): void {
  for (const { key, page, index, row } of snapshot.lists) {
    queryClient.setQueryData(key, (data: unknown) => putBack(data, page, index, row));
  }
  for (const { key, detail } of snapshot.details) queryClient.setQueryData(key, detail);
}
