import type { Locator, Page } from "@playwright/test";
import { ClientFullPage } from "../src/kanbert/clients.ts";
import type { ClientFullData } from "../src/kanbert/schemas.ts";
import { api, expect } from "./fixtures.ts";

/** Shared steps of the clients e2e specs: walking the API, reading the virtual table. */

export type ApiClient = ClientFullData;

/** Every client of a view, in the API's order, walking `meta.next_cursor`. */
export async function walkClients(
  view: { filter?: string; sort?: string; include?: "projects" } = {},
): Promise<ApiClient[]> {
  const all: ApiClient[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ "page[size]": "100", sort: view.sort ?? "name" });
    if (view.filter) query.set("filter", view.filter);
    if (view.include) query.set("include", view.include);
    if (cursor) query.set("page[cursor]", cursor);
    const page = await api(`/clients/full?${query}`, ClientFullPage);
    all.push(...page.data);
    cursor = page.meta.next_cursor;
  } while (cursor);
  return all;
}

export function clientsTable(page: Page): Locator {
  return page.getByRole("table", { name: /^Clients, sorted by/ });
}

export interface RenderedRow {
  index: number;
  id: string;
  name: string;
}

/** The data rows in the DOM now (a window of the virtual list), by their aria-rowindex. */
export async function renderedRows(page: Page): Promise<RenderedRow[]> {
  const rows = clientsTable(page).getByRole("row");
  return rows.evaluateAll((elements) =>
    elements.flatMap((row) => {
      const index = Number(row.getAttribute("aria-rowindex"));
      const link = row.querySelector("a[href*='/clients/']");
      if (!link || index < 2) return [];
      const id = link.getAttribute("href")?.split("/clients/")[1] ?? "";
      return [{ index, id, name: link.textContent ?? "" }];
    }),
  );
}

/** Waits until the table shows the first rows of `expected`, in order. */
export async function expectFirstRows(page: Page, expected: readonly ApiClient[], count = 12): Promise<void> {
  const want = expected.slice(0, count).map((c) => c.id);
  await expect
    .poll(async () => (await renderedRows(page)).filter((row) => row.index - 2 < count).map((row) => row.id))
    .toEqual(want);
}

/** How many rows the footer says are loaded, and whether that is all of them. */
export async function loadedCount(page: Page): Promise<{ loaded: number; all: boolean }> {
  const text = await clientsTable(page).evaluate(
    (table) => document.getElementById(table.getAttribute("aria-describedby") ?? "")?.textContent ?? "",
  );
  return { loaded: Number(text.match(/\d[\d,]*/)?.[0]?.replaceAll(",", "")), all: text.startsWith("All") };
}

/**
 * Scrolls the table with the mouse wheel to its very end, collecting every row seen on the way. A
 * fast wheel can outrun the rendering of rows (a new page renders in a transition), so when the rows
 * in the DOM start past the first row not yet seen, it scrolls back up rather than skip that row.
 */
export async function scrollToEnd(page: Page): Promise<Map<number, RenderedRow>> {
  const seen = new Map<number, RenderedRow>();
  let nextUnseen = 2; // aria-rowindex 1 is the header row
  await clientsTable(page).hover();
  for (let step = 0; step < 1000; step++) {
    const rows = await renderedRows(page);
    expect(rows.length, "rows in the DOM").toBeLessThanOrEqual(80);
    for (const row of rows) seen.set(row.index, row);
    while (seen.has(nextUnseen)) nextUnseen++;
    const { loaded, all } = await loadedCount(page);
    if (all && seen.size === loaded) break;
    const skipped = rows.length > 0 && Math.min(...rows.map((row) => row.index)) > nextUnseen;
    await page.mouse.wheel(0, skipped ? -200 : 400);
    await page.waitForTimeout(40);
  }
  return seen;
}

/** Minimal RFC 4180 reader for the exported file. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}
