import type { ColumnSizingState } from "@tanstack/react-table";
import { browserStorage, type KeyValueStorage, readItem, writeItem } from "../../../lib/storage.ts";
import { isColumnId } from "../view/columns.ts";

const KEY = "kanbert.clients.columnSizing";
export const MIN_COLUMN_WIDTH = 64;
export const MAX_COLUMN_WIDTH = 640;

/** Remembered column widths; anything unreadable or out of range is forgotten. */
export function readColumnSizing(
  storage: KeyValueStorage | null = browserStorage("local"),
): ColumnSizingState {
  const text = readItem(storage, KEY);
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return {};
    const sizes: ColumnSizingState = {};
    for (const [id, size] of Object.entries(value)) {
      if (isColumnId(id) && typeof size === "number" && size >= MIN_COLUMN_WIDTH && size <= MAX_COLUMN_WIDTH)
        sizes[id] = Math.round(size);
    }
    return sizes;
  } catch {
    return {};
  }
}

export function writeColumnSizing(
  sizes: ColumnSizingState,
  storage: KeyValueStorage | null = browserStorage("local"),
): void {
  writeItem(storage, KEY, JSON.stringify(sizes));
}
