import { clientsTable, renderedRows } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";
import { holdBack } from "./hold-back.ts";
import { APP_CHUNK, CLIENTS_CHUNK, isListRequest, recordRequests } from "./requests.ts";

/** The code the route's loader prefetches the first page with (src/features/clients/api). */
const PREFETCH_CHUNK = /\/assets\/prefetch-first-page-[\w-]+\.js$/;

test("a cold load paints the page's shape and asks for the first page before the route chunk arrives", async ({
  page,
}) => {
  const lists = recordRequests(page, isListRequest);
  // Fault injection: the route chunk is held back until the test lets it go.
  const release = await holdBack(page, CLIENTS_CHUNK);

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

test("a cold load renders the page with its first rows at once, not a skeleton that they replace", async ({
  page,
}) => {
  // Whether the clients table was ever in the document busy (its skeleton rows showing).
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('table[aria-busy="true"]'))
        document.documentElement.dataset.sawBusyTable = "";
    }).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["aria-busy"],
    });
  });
  await page.goto("/clients");
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await expect(clientsTable(page)).toHaveAttribute("aria-busy", "false");
  // The first page was in before the page's code, which waits for it (up to 300 ms) to render once.
  await expect(page.locator("html")).not.toHaveAttribute("data-saw-busy-table");
});

test("the prerendered shell gives way to the app in one step, never to an empty page", async ({ page }) => {
  // Whether #root, once the shell had filled it, was ever left without content.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const root = document.getElementById("root");
      if (!root) return;
      if (root.childElementCount > 0) root.dataset.filled = "";
      else if (root.dataset.filled !== undefined) document.documentElement.dataset.sawEmptyRoot = "";
    }).observe(document, { childList: true, subtree: true });
  });
  // Whether anything took the shell's markup out of its element (React emptying it, as it did
  // before take-over.ts) rather than that element leaving whole.
  await page.addInitScript(() => {
    const watching = new MutationObserver(() => {
      const shell = document.querySelector("#root > *")?.parentElement;
      if (!shell) return;
      watching.disconnect();
      new MutationObserver(() => {
        document.documentElement.dataset.shellEmptied = "";
      }).observe(shell, { childList: true });
    });
    watching.observe(document, { childList: true, subtree: true });
  });
  // Whether the page ever showed no header, or two (the shell's and the app's), once it had one.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const shown = [...document.querySelectorAll("header")].filter(
        (header) => header.closest("[hidden]") === null,
      );
      if (shown.length === 1) document.documentElement.dataset.sawHeader = "";
      else if (document.documentElement.dataset.sawHeader !== undefined)
        document.documentElement.dataset.sawHeaders = String(shown.length);
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden"] });
  });
  await page.goto("/clients");
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await expect(page.locator("#root")).toHaveAttribute("data-filled");
  await expect(page.locator("html")).not.toHaveAttribute("data-saw-empty-root");
  await expect(page.locator("html")).toHaveAttribute("data-saw-header");
  await expect(page.locator("html")).not.toHaveAttribute("data-saw-headers");
  await expect(page.locator("html")).not.toHaveAttribute("data-shell-emptied");
  // The shell's markup, hidden when the app's appeared, leaves the document after the next frame.
  await expect(page.locator("header")).toHaveCount(1);
  await expect(page.locator("body > div")).toHaveCount(1);
});

test("a cold load of a page without a prerendered shell shows the layout while the page's code loads", async ({
  page,
}) => {
  // Fault injection: the settings page's route chunk is held back until released.
  const release = await holdBack(page, /\/assets\/settings\.lazy-[\w-]+\.js$/);
  await page.goto("/settings");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();

  release();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
});

test("a cold load of /clients makes one GET /clients/full for the first page", async ({ page }) => {
  const lists = recordRequests(page, isListRequest);
  await page.goto("/clients?sort=-name");
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await page.waitForLoadState("networkidle");
  expect(lists).toHaveLength(1);
  expect(new URL(lists[0] ?? "").searchParams.get("sort")).toBe("-name");
});

test("the filter editor is not loaded with /clients; pointing at Filter loads it before it opens", async ({
  page,
}) => {
  const panelChunks = recordRequests(page, /\/assets\/filter-panel-host-[\w-]+\.js$/);
  await page.goto("/clients");
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await page.waitForLoadState("networkidle");
  expect(panelChunks).toEqual([]);

  const filter = page.getByRole("button", { name: "Filter", exact: true });
  // Until its code arrives the trigger is a stand-in, marked unavailable; pointing at that loads the
  // button's code, not the panel's.
  await expect(filter).toBeEnabled();
  await filter.hover();
  await expect.poll(() => panelChunks.length).toBe(1);
  await filter.click();
  await expect(page.getByRole("dialog", { name: "Filter clients" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Filter clients" })).toBeVisible();
  expect(panelChunks).toHaveLength(1);
});

/** Chunks of code a first visit to /clients loads only once the table's first page is shown. */
const DEFERRED_CHUNK =
  /\/assets\/(columns-menu|filter-button|saved-views-menu|bulk-actions|bulk-failure-report|inbox|comments)-[\w-]+\.js$/;

test("a cold load asks for the first page before the route's code and the code that parses it arrive", async ({
  page,
}) => {
  const lists = recordRequests(page, isListRequest);
  // Fault injection: the route chunk and the list's prefetch code are held back until released.
  const release = await holdBack(page, /\/assets\/(clients\.lazy|prefetch-first-page)-[\w-]+\.js$/);

  await page.goto("/clients");
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await expect.poll(() => lists.length).toBe(1);
  expect(new URL(lists[0] ?? "").search).toBe("?page%5Bsize%5D=50&sort=name&include=projects");

  release();
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await page.waitForLoadState("networkidle");
  // The table's query took the early answer over: still one GET /clients/full.
  expect(lists).toHaveLength(1);
});

test("a cold load asks for the page's code and its first page before the app's code has arrived", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => {
    if (isListRequest(request)) requested.push("list");
    if (CLIENTS_CHUNK.test(request.url())) requested.push("page code");
  });
  // Fault injection: the app's chunk (React, router, query client) is held back until released.
  const release = await holdBack(page, APP_CHUNK);

  await page.goto("/clients");
  // The prerendered shell, and both requests from the entry alone.
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await expect.poll(() => requested.toSorted()).toEqual(["list", "page code"]);

  release();
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await page.waitForLoadState("networkidle");
  expect(requested.toSorted()).toEqual(["list", "page code"]);
});

test("a cold load asks for the app's code once the page's code has arrived", async ({ page }) => {
  // The app's evaluation, the load's longest task, runs with the CPU to itself: not while the
  // browser parses the page's files on its other threads. The page's code is asked for first.
  const events: string[] = [];
  const isPageCode = (url: string) => PREFETCH_CHUNK.test(url) || CLIENTS_CHUNK.test(url);
  page.on("request", (request) => {
    if (APP_CHUNK.test(request.url())) events.push("app asked for");
    if (isPageCode(request.url())) events.push("page code asked for");
  });
  page.on("requestfinished", (request) => {
    if (isPageCode(request.url())) events.push("page code arrived");
  });
  await page.goto("/clients");
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  // Connected: the prefetch's code and the page's, asked for and arrived (the prefetch's may arrive
  // before the page's is asked for), then the app's chunk, once.
  expect(events.at(-1)).toBe("app asked for");
  expect(events.slice(0, -1).toSorted()).toEqual([
    "page code arrived",
    "page code arrived",
    "page code asked for",
    "page code asked for",
  ]);
});

test("a cold load of /clients adds its preload links a few at a time, not all in one task", async ({
  page,
}) => {
  // Each MutationObserver callback gets the nodes one run of script added (a microtask checkpoint
  // follows every task). Vite's preload helper adds a <link rel="modulepreload"> per file an
  // import() needs, and each starts a request; ~30 of them in one task made it the load's longest.
  await page.addInitScript(() => {
    const batches: number[] = [];
    Object.defineProperty(window, "preloadBatches", { value: batches });
    new MutationObserver((records) => {
      let links = 0;
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLLinkElement && node.rel === "modulepreload") links++;
      if (links > 0) batches.push(links);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/clients");
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  const batches = await page.evaluate(() => Reflect.get(window, "preloadBatches"));
  expect(Array.isArray(batches)).toBe(true);
  const sizes = Array.isArray(batches) ? batches.map(Number) : [];
  // The page's code is still preloaded: the app's files, the page's and the prefetch's (25 or so).
  expect(sizes.reduce((sum, size) => sum + size, 0)).toBeGreaterThanOrEqual(20);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(12);
});

test.describe("when the app's code does not arrive", () => {
  test.use({ allowConsoleErrors: /Failed to load resource: net::ERR_CONNECTION_RESET/ });

  test("the page says so and offers a reload that works", async ({ page }) => {
    // Fault injection: the app's chunk fails once (a dropped connection).
    let failures = 0;
    await page.route(APP_CHUNK, async (route) => {
      if (failures++ === 0) return route.abort("connectionreset");
      return route.continue();
    });

    await page.goto("/clients");
    const alert = page.getByRole("alert");
    await expect(alert.getByRole("heading", { name: "The console could not be loaded" })).toBeVisible();
    await expect(alert).toContainText("Check the connection, then reload the page.");

    await alert.getByRole("link", { name: "Reload page" }).click();
    await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
    await expect(page.getByRole("heading", { name: "The console could not be loaded" })).toBeHidden();
  });
});

test("pointing at Clients on another page loads the page's code before the click", async ({ page }) => {
  const pageCode = recordRequests(page, CLIENTS_CHUNK);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(pageCode).toEqual([]);

  const clients = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" });
  await clients.hover();
  await expect.poll(() => pageCode.length).toBe(1);
  await clients.click();
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  expect(pageCode).toHaveLength(1);
});

test("deferred code (controls, bulk bar, mentions count) loads only once the first page is shown", async ({
  page,
}) => {
  const deferredChunks = recordRequests(page, DEFERRED_CHUNK);
  // Fault injection: the first page's answer is held back until released.
  const release = await holdBack(page, /\/api\/v1\/clients\/full/);

  await page.goto("/clients");
  // The page without its data: the controls stand in, disabled; none of their code is fetched.
  await expect(page.getByRole("button", { name: "Columns" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Views", exact: true })).toBeDisabled();
  await expect(page.getByRole("status").filter({ hasText: "Loading clients…" })).toBeAttached();
  await page.waitForTimeout(500);
  expect(deferredChunks).toEqual([]);

  release();
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await expect(page.getByRole("button", { name: "Columns" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Views", exact: true })).toBeEnabled();
  await expect.poll(() => deferredChunks.length).toBeGreaterThanOrEqual(5);
});

test("pointing at Filter's stand-in, before its code has arrived, loads the panel's code too", async ({
  page,
}) => {
  const panelChunks = recordRequests(page, /\/assets\/filter-panel-host-[\w-]+\.js$/);
  // Fault injection: the button's own code is held back until released.
  const release = await holdBack(page, /\/assets\/filter-button-[\w-]+\.js$/);
  await page.goto("/clients");
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  const filter = page.getByRole("button", { name: "Filter", exact: true });
  await expect(filter).toHaveAttribute("aria-disabled", "true");
  expect(panelChunks).toEqual([]);

  await filter.hover();
  // The real button will come in under a pointer that does not move, and get no pointerenter.
  await expect.poll(() => panelChunks.length).toBe(1);
  release();
  await expect(filter).toBeEnabled();
  await filter.click();
  await expect(page.getByRole("heading", { name: "Filter clients" })).toBeVisible();
  expect(panelChunks).toHaveLength(1);
});

test("right after the first row, each deferred control opens at once", async ({ page }) => {
  await page.goto("/clients");
  await expect.poll(async () => (await renderedRows(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  const table = clientsTable(page);

  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Filter clients" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Filter clients" })).toBeHidden();

  await page.getByRole("button", { name: "Views", exact: true }).click();
  await expect(page.getByRole("menuitem", { name: "Save current view…" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menuitem", { name: "Save current view…" })).toBeHidden();

  await page.getByRole("button", { name: "Columns" }).click();
  await expect(page.getByRole("dialog", { name: "Columns" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Columns" })).toBeHidden();

  const firstName = (await renderedRows(page))[0]?.name ?? "";
  await table.getByRole("checkbox", { name: `Select ${firstName}` }).check();
  const bar = page.getByRole("toolbar", { name: "Bulk actions" });
  await expect(bar).toContainText("1 client selected");
  await expect(bar.getByRole("button", { name: "Delete selected" })).toBeEnabled();
  await bar.getByRole("button", { name: "Clear selection" }).click();
  await expect(bar).toBeHidden();
});
