/** CSV (RFC 4180) with cells neutralised against spreadsheet formula injection. */

/** Lets Excel read the file as UTF-8 (else "Zürich" shows garbled). */
export const CSV_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function csvFileName(prefix: string, date: Date): string {
  return `${prefix}-${date.toISOString().slice(0, 10)}.csv`;
}
