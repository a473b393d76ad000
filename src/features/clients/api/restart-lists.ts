import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { announceClientsChanged } from "./cross-tab.ts";
import { clientKeys } from "./keys.ts";

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
