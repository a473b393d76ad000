import {
  browserStorage,
  type KeyValueStorage,
  readItem,
  removeItem,
  writeItem,
} from "../../../lib/storage.ts";

const KEY = "kanbert.clients.place";

/** Where the table was when a client was opened: the view, scroll offset and focused row. */
export interface TablePlace {
  view: string;
  offset: number;
  index: number;
}

export function savePlace(place: TablePlace, storage = browserStorage("session")): void {
  writeItem(storage, KEY, JSON.stringify(place));
}

/** Forgets the saved place once it was used, so a later visit starts at the top. */
export function clearPlace(storage = browserStorage("session")): void {
  removeItem(storage, KEY);
}

/** The place saved when a client of this view was opened, if any. */
export function readPlace(
  view: string,
  storage: KeyValueStorage | null = browserStorage("session"),
): { offset: number; index: number } | null {
  const text = readItem(storage, KEY);
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    if (!("view" in value && "offset" in value && "index" in value)) return null;
    const { offset, index } = value;
    if (value.view !== view || typeof offset !== "number" || typeof index !== "number") return null;
    return { offset, index };
  } catch {
    return null;
  }
}
