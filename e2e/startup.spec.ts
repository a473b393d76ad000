import type { Request } from "@playwright/test";
import { clientsTable, renderedRows } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

/** The route chunk of /clients, as Vite names the lazy route module. */
const CLIENTS_CHUNK = /\/assets\/clients\.lazy-[\w-]+\.js$/;
const isListRequest = (request: Request) =>
  request.method() === "GET" && new URL(request.url()).pathname === "/api/v1/clients/full";

test("a cold load paints the page's shape and asks for the first page before the route chunk arrives", async ({
  page,
}) => {
  const lists: string[] = [];
  page.on("request", (request) => {
    if (isListRequest(request)) lists.push(request.url());
  });
  // Fault injection: the route chunk is held back until the test lets it go.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(CLIENTS_CHUNK, async (route) => {
    await held;
    await route.continue();
  });

  await page.goto("/clients");
  // Without the chunk: the shell, the page title and the toolbar skeleton, and the list request.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Loading clients…" })).toBeAttached();
  await expect.poll(() => lists.length).toBe(1);
  expect(new URL(lists[0] ?? "").searchParams.get("page[cursor]")).toBeNull();

  release();
  await expect(clientsTable(page)).toBeVisible();
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await page.waitForLoadState("networkidle");
  // The table adopted the early request: one GET /clients/full in all.
  expect(lists).toHaveLength(1);
});

test("a cold load of /clients makes one GET /clients/full for the first page", async ({ page }) => {
  const lists: string[] = [];
  page.on("request", (request) => {
    if (isListRequest(request)) lists.push(request.url());
  });
  await page.goto("/clients?sort=-name");
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await page.waitForLoadState("networkidle");
  expect(lists).toHaveLength(1);
  expect(new URL(lists[0] ?? "").searchParams.get("sort")).toBe("-name");
});

test("the filter editor is not loaded with /clients; pointing at Filter loads it before it opens", async ({
  page,
}) => {
  const panelChunks: string[] = [];
  page.on("request", (request) => {
    if (/\/assets\/filter-panel-host-[\w-]+\.js$/.test(request.url())) panelChunks.push(request.url());
  });
  await page.goto("/clients");
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await page.waitForLoadState("networkidle");
  expect(panelChunks).toEqual([]);

  const filter = page.getByRole("button", { name: "Filter", exact: true });
  await filter.hover();
  await expect.poll(() => panelChunks.length).toBe(1);
  await filter.click();
  await expect(page.getByRole("dialog", { name: "Filter clients" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Filter clients" })).toBeVisible();
  expect(panelChunks).toHaveLength(1);
});
