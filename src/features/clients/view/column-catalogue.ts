/**
 * The catalogue of the clients table's columns (id, label, API sort key, width), in their default order. The
 * default widths add up to 1,336 px: all columns fit a 1440 px screen.
 */

export const CLIENT_COLUMNS = [
  { id: "name", label: "Name", sortKey: "name", width: 220 },
  { id: "shortcode", label: "Shortcode", sortKey: "shortcode", width: 120 },
  { id: "segment", label: "Segment", sortKey: null, width: 96 },
  { id: "primary_contact", label: "Primary contact", sortKey: null, width: 160 },
  { id: "origin_space", label: "Shared from", sortKey: null, width: 150 },
  { id: "projects", label: "Projects", sortKey: null, width: 180 },
  { id: "external", label: "External id", sortKey: null, width: 150 },
  { id: "created_at", label: "Created", sortKey: "created_at", width: 130 },
  { id: "updated_at", label: "Updated", sortKey: null, width: 130 },
] as const;

export type ClientColumnId = (typeof CLIENT_COLUMNS)[number]["id"];

export const COLUMN_IDS: readonly ClientColumnId[] = CLIENT_COLUMNS.map((c) => c.id);

export function isColumnId(value: string): value is ClientColumnId {
  return COLUMN_IDS.some((id) => id === value);
}

export function columnLabel(id: ClientColumnId): string {
  return CLIENT_COLUMNS.find((c) => c.id === id)?.label ?? id;
}
