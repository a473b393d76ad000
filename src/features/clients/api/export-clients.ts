import type { HttpClient } from "../../../kanbert/http.ts";
import { CSV_BOM, csvLine } from "../../../lib/csv.ts";
import { csvCells, csvHeader } from "../view/cell-text.ts";
import type { ClientColumnId } from "../view/column-catalogue.ts";
import type { ClientListParams } from "./keys.ts";
import { fetchClientsPage } from "./use-clients-infinite.ts";

export const EXPORT_PAGE_SIZE = 100;

export interface ExportOptions {
  http: HttpClient;
  params: ClientListParams;
  columns: readonly ClientColumnId[];
  signal: AbortSignal;
  /** Called after every page with the number of rows fetched so far. */
  onProgress: (rows: number) => void;
}

/**
 * Every row of a filtered, sorted clients list as CSV lines (byte-order mark and header first), walking the API's
 * cursors page by page. Aborting the signal stops the walk with an AbortError.
 */
export async function exportClientsCsv({
  http,
  params,
  columns,
  signal,
  onProgress,
}: ExportOptions): Promise<{ lines: string[]; rows: number }> {
  const lines = [`${CSV_BOM}${csvLine(csvHeader(columns))}`];
  let cursor: string | null = null;
  let rows = 0;
  do {
    const page = await fetchClientsPage(http, params, cursor, signal, EXPORT_PAGE_SIZE);
    signal.throwIfAborted();
    for (const client of page.data) lines.push(csvLine(csvCells(client, columns)));
    rows += page.data.length;
    onProgress(rows);
    cursor = page.meta.next_cursor;
  } while (cursor !== null);
  return { lines, rows };
}
