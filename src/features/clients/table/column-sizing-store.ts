import type { ColumnSizingState } from "@tanstack/react-table";
import { browserStorage, type KeyValueStorage, readItem, writeItem } from "../../../lib/storage.ts";
import { isColumnId } from "../view/column-catalogue.ts";

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
  // A drag past the limits reports 0 or 992: store the width the column really has.
  const clamped: ColumnSizingState = {};
  for (const [id, size] of Object.entries(sizes))
    clamped[id] = Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, size)));
  writeItem(storage, KEY, JSON.stringify(clamped));
}
