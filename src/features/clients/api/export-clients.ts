import type { HttpClient } from "../../../kanbert/http.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { CSV_BOM, csvLine } from "../../../lib/csv.ts";
import { csvCells, csvHeader } from "../view/cell-text.ts";
import type { ClientColumnId } from "../view/column-catalogue.ts";
import type { ClientListParams } from "./keys.ts";
import { fetchClientsPage } from "./use-clients-infinite.ts";

const EXPORT_PAGE_SIZE = 100;

/**
 * What to export: every row of the view (minus some ids: an "all matching" selection with rows
 * unticked), or rows already at hand (a selection of loaded rows).
 */
export type ExportSource =
  | { kind: "view"; excludedIds?: ReadonlySet<string> }
  | { kind: "rows"; rows: readonly ClientFullData[] };

export interface ExportOptions {
  http: HttpClient;
  params: ClientListParams;
  columns: readonly ClientColumnId[];
  signal: AbortSignal;
  /** Called after every page with the number of rows fetched so far. */
  onProgress: (rows: number) => void;
  /** The whole view when not given. */
  source?: ExportSource;
}

/**
 * Every row of a filtered, sorted clients list as CSV lines (byte-order mark and header first), walking the API's
 * cursors page by page, leaving out the excluded ids; or the given rows, in their order. Aborting
 * the signal stops the walk with an AbortError.
 */
export async function exportClientsCsv({
  http,
  params,
  columns,
  signal,
  onProgress,
  // Stryker disable next-line ObjectLiteral,StringLiteral: every source that is not "rows" walks the view; the default only names it
  source = { kind: "view" },
}: ExportOptions): Promise<{ lines: string[]; rows: number }> {
  const lines = [`${CSV_BOM}${csvLine(csvHeader(columns))}`];
  if (source.kind === "rows") {
    for (const client of source.rows) lines.push(csvLine(csvCells(client, columns)));
    onProgress(source.rows.length);
    return { lines, rows: source.rows.length };
  }
  const excluded = source.excludedIds ?? new Set<string>();
  let cursor: string | null = null;
  let rows = 0;
  do {
    const page = await fetchClientsPage(http, params, cursor, signal, EXPORT_PAGE_SIZE);
    signal.throwIfAborted();
    const kept = page.data.filter((client) => !excluded.has(client.id));
    for (const client of kept) lines.push(csvLine(csvCells(client, columns)));
    rows += kept.length;
    onProgress(rows);
    cursor = page.meta.next_cursor;
  } while (cursor !== null);
  return { lines, rows };
}
