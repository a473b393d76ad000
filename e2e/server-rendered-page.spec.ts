import type { Page } from "@playwright/test";
import { clientsTable, renderedRows, walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";
import { holdBack } from "./hold-back.ts";
import { CLIENTS_CHUNK, isListRequest, recordRequests } from "./requests.ts";

/**
 * A browser that has connected (token remembered on this device) gives the production server its
 * token in an HttpOnly cookie (server/session.ts); a load of /clients then comes with its first page
 * of rows rendered (server/first-page.ts), which the app takes over.
 */

/** The first visit: the page came without rows, so the app gives the server its token once shown. */
async function connectServer(page: Page, path = "/clients") {
  const kept = page.waitForResponse(
    (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/session",
  );
  await page.goto(path);
  expect((await kept).status()).toBe(204);
}

/** The HTML the server sends for a load of /clients now, with this browser's cookies. */
async function pageHtml(page: Page, path = "/clients"): Promise<string> {
  const response = await page.request.get(path, { headers: { Accept: "text/html" } });
  expect(response.status()).toBe(200);
  return response.text();
}

/** The HTML's server-rendered rows: the rows of `#root` before any script has run. */
function serverRows(html: string): number {
  return html.match(/<tr [^>]*data-index="/g)?.length ?? 0;
}

test("the token the app gives the server never reaches a script, and goes only with loads of /clients", async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await connectServer(page);
  const cookies = (await context.cookies()).sort((a, b) => a.name.localeCompare(b.name));
  expect(cookies.map((cookie) => [cookie.name, cookie.value])).toEqual([
    ["kanbert_token", "dev-token"],
    ["kanbert_viewport", "720"],
  ]);
  for (const cookie of cookies) {
    expect(cookie).toMatchObject({ path: "/clients", httpOnly: true, sameSite: "Strict" });
  }
  expect(await page.evaluate(() => document.cookie)).toBe("");
});

test("the server renders as many rows as the browser's viewport shows, and learns a new size", async ({
  page,
}) => {
  // 680 px: a 376 px scroller (the page takes 304 px), 332 px of it under the header: 8 rows of 44 px.
  await page.setViewportSize({ width: 390, height: 680 });
  await connectServer(page);
  expect(serverRows(await pageHtml(page))).toBe(8);

  // A taller window: the page it loads came with rows for 680 px, so the app tells the server.
  await page.setViewportSize({ width: 1280, height: 1000 });
  const told = page.waitForRequest(
    (request) => request.method() === "POST" && new URL(request.url()).pathname === "/session",
  );
  await page.reload();
  expect((await told).postDataJSON()).toEqual({ token: "dev-token", viewportHeight: 1000 });
  // 1,000 px: 652 px under the header, 15 rows.
  await expect.poll(async () => serverRows(await pageHtml(page))).toBe(15);

  // The same size again: nothing to tell.
  const sessions = recordRequests(page, (request) => new URL(request.url()).pathname === "/session");
  await page.reload();
  await expect(clientsTable(page)).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(sessions).toEqual([]);
});

test.describe("a cold load of /clients by a browser that has connected", () => {
  test.use({ allowConsoleErrors: /Failed to load resource/ });

  test("paints its first rows before any script has run", async ({ page }) => {
    // 720 px high (the test's viewport): 9 rows from the server.
    const expected = (await walkClients()).slice(0, 9).map((client) => client.name);
    await connectServer(page);
    // Fault injection: no script of the app loads at all.
    await page.route(/\/assets\/.+\.js$/, (route) => route.abort());
    await page.reload();
    await expect(clientsTable(page)).toBeVisible();
    await expect.poll(async () => (await renderedRows(page)).map((row) => row.name)).toEqual(expected);
    // Until the app runs, its controls say they do nothing yet; the rows' links work as links.
    await expect(page.getByRole("checkbox", { name: `Select ${expected[0]}` })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Export CSV" })).toBeDisabled();
    await expect(page.getByRole("link", { name: expected[0] })).toHaveAttribute(
      "href",
      /^\/clients\/[\w-]+$/,
    );
  });
});

test("the app takes the rows over: no request for them, never a moment without them, and the page answers", async ({
  page,
}) => {
  await connectServer(page);
  // Whether the rows ever left the document once they were in it.
  await page.addInitScript(() => {
    let seen = false;
    new MutationObserver(() => {
      const rows = document.querySelectorAll("tr[aria-rowindex]").length;
      if (rows > 1) seen = true;
      else if (seen) document.documentElement.dataset.rowsWentAway = "";
    }).observe(document, { childList: true, subtree: true });
  });
  const lists = recordRequests(page, isListRequest);
  // Fault injection: the page's code comes late, so the app's first render would come before it.
  const release = await holdBack(page, CLIENTS_CHUNK);
  await page.reload();
  await expect(clientsTable(page)).toBeVisible();
  await page.waitForTimeout(500);
  release();
  // The app's own controls are live: the selection checkbox of a row can be ticked.
  const first = (await renderedRows(page))[0];
  await page.getByRole("checkbox", { name: `Select ${first?.name}` }).check();
  await expect(page.getByRole("checkbox", { name: `Select ${first?.name}` })).toBeChecked();
  await page.waitForLoadState("networkidle");
  expect(lists).toEqual([]);
  await expect(page.locator("html")).not.toHaveAttribute("data-rows-went-away");

  // Sorting asks the API for the new order, as it always did.
  const byNameDescending = (await walkClients({ sort: "-name" })).slice(0, 5).map((client) => client.name);
  await page.getByRole("button", { name: /^Name/ }).click();
  await expect
    .poll(async () => (await renderedRows(page)).slice(0, 5).map((row) => row.name))
    .toEqual(byNameDescending);
  expect(lists).toHaveLength(1);
});

test("the rows the server renders are those of the view in the address", async ({ page }) => {
  const expected = (await walkClients({ sort: "-created_at" })).slice(0, 8).map((client) => client.name);
  await connectServer(page);
  const lists = recordRequests(page, isListRequest);
  await page.goto("/clients?sort=-created_at");
  await expect
    .poll(async () => (await renderedRows(page)).slice(0, 8).map((row) => row.name))
    .toEqual(expected);
  await page.waitForLoadState("networkidle");
  expect(lists).toEqual([]);
});

test("disconnecting has the server forget the token: the next load comes without rows", async ({ page }) => {
  await connectServer(page);
  expect(await pageHtml(page)).toContain('aria-rowindex="2"');
  await page.goto("/settings");
  const forgotten = page.waitForResponse(
    (response) => response.request().method() === "DELETE" && new URL(response.url()).pathname === "/session",
  );
  await page.getByRole("button", { name: "Disconnect" }).click();
  expect((await forgotten).status()).toBe(204);
  const html = await pageHtml(page);
  expect(html).not.toContain('aria-rowindex="2"');
  expect(html).toContain("Loading clients…");
});

test("a browser the app no longer connects has the server forget the token it kept", async ({ page }) => {
  await connectServer(page);
  // The token was forgotten outside this page (another tab's Disconnect, cleared storage).
  await page.evaluate(() => {
    localStorage.removeItem("kanbert.token");
    localStorage.setItem(
      "kanbert.connection",
      JSON.stringify({ baseUrl: "/api/v1", remember: false, disconnected: true }),
    );
  });
  const forgotten = page.waitForResponse(
    (response) => response.request().method() === "DELETE" && new URL(response.url()).pathname === "/session",
  );
  await page.reload();
  await expect(page.getByRole("heading", { name: "Not connected" })).toBeVisible();
  expect((await forgotten).status()).toBe(204);
  expect(await pageHtml(page)).not.toContain('aria-rowindex="2"');
});
