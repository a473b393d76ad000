import { type ClientColumnId, COLUMN_IDS } from "./column-catalogue.ts";

/** Edits of the visible columns list (the `cols` of the URL). The name column always stays. */

export function showColumn(
  columns: readonly ClientColumnId[],
  id: ClientColumnId,
  on: boolean,
): ClientColumnId[] {
  if (on) return columns.includes(id) ? [...columns] : [...columns, id];
  if (id === "name") return [...columns];
  return columns.filter((c) => c !== id);
}

export function moveColumn(
  columns: readonly ClientColumnId[],
  id: ClientColumnId,
  delta: -1 | 1,
): ClientColumnId[] {
  const from = columns.indexOf(id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= columns.length) return [...columns];
  const next = [...columns];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** Every column once: the visible ones in their order, then the hidden ones in default order. */
export function columnsForMenu(
  columns: readonly ClientColumnId[],
): { id: ClientColumnId; visible: boolean }[] {
  return [
    ...columns.map((id) => ({ id, visible: true })),
    ...COLUMN_IDS.filter((id) => !columns.includes(id)).map((id) => ({ id, visible: false })),
  ];
}
