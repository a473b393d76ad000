import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { parse, takeTopLevel } from "../../../filter/index.ts";
import { ARCHIVED_MODES, type ArchivedMode } from "../../../kanbert/catalogue.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { clientKeys } from "./keys.ts";
import type { ClientsInfiniteData } from "./use-clients-infinite.ts";

/** Reading the cached clients lists (`['clients','list',{filter,sort}]`, infinite pages). */

function filterOfKey(key: QueryKey): string {
  const params = key[2];
  if (typeof params !== "object" || params === null || !("filter" in params)) return "";
  return typeof params.filter === "string" ? params.filter : "";
}

/** The archived mode a list key asks for: its top-level `archived eq …`, `without` when absent. */
export function archivedModeOfKey(key: QueryKey): ArchivedMode {
  const text = filterOfKey(key);
  if (!text) return "without";
  const parsed = parse(text);
  if (!parsed.ok) return "without";
  const { taken } = takeTopLevel(parsed.ast, "archived");
  const value = taken && "value" in taken ? taken.value : null;
  return ARCHIVED_MODES.find((mode) => mode === value) ?? "without";
}

export function hasPages(value: unknown): value is ClientsInfiniteData {
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
    const updatedAt = queryClient.getQueryState(key)?.dataUpdatedAt ?? 0;
    if (mode !== "with") return { row, mode, updatedAt };
    fallback ??= { row, mode, updatedAt };
  }
  return fallback;
}
