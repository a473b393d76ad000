import type { Page } from "@playwright/test";
import { ClientFullData } from "../src/kanbert/schemas.ts";
import { API, expect, TOKEN } from "./fixtures.ts";

/** Steps shared by the client detail and form specs. Each test makes its own clients. */

export type CreatedClient = ClientFullData;

let counter = 0;
/** A name no other test (or seeded client) uses. */
export function uniqueName(prefix = "E2E"): string {
  counter++;
  return `${prefix} ${Date.now().toString(36)}${counter} Zq`;
}

export async function apiCreate(body: Record<string, unknown>): Promise<CreatedClient> {
  const response = await fetch(`${API}/clients`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST /clients → ${response.status} ${await response.text()}`);
  return ClientFullData.parse(await response.json());
}

/** The clients table narrowed to one name (the view's own URL state). */
export function listUrl(name: string, archived?: "only" | "with"): string {
  const query = new URLSearchParams({ filter: `name eq "${name}"` });
  if (archived) query.set("archived", archived);
  return `/clients?${query}`;
}

export function clientsTable(page: Page) {
  return page.getByRole("table", { name: /^Clients, sorted by/ });
}

/** Marks the document; `expectNoReload` then proves no full page load happened since. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.e2eMark = "kept";
  });
}

export async function expectNoReload(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.dataset.e2eMark)).toBe("kept");
}
