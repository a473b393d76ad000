/**
 * The CSV export's work — paging through the whole list, the CSV text, the download — in a chunk of
 * its own: a first visit to /clients does not load it. `loadExportWork` starts loading it (on hover
 * or focus of "Export CSV", or at the click); later calls reuse the first.
 */
export { csvFileName } from "../../../lib/csv.ts";
export { exportClientsCsv } from "../api/export-clients.ts";
export { downloadText } from "./download.ts";
