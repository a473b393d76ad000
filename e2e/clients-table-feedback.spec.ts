import type { Page } from "@playwright/test";
import { clientsTable, walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

/** aria-rowindex of the row that holds the focus, if any. */
function focusedRowIndex(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.activeElement?.closest("[aria-rowindex]")?.getAttribute("aria-rowindex") ?? null,
  );
}

test("rows on screen re-render when columns are hidden and moved: headers sit over their data", async ({
  page,
}) => {
  const [first] = await walkClients();
  if (!first?.shortcode) throw new Error("the emulator's first client has no shortcode");
  await page.goto("/clients");
  const table = clientsTable(page);
  await expect(table.getByRole("link", { name: first.name, exact: true })).toBeVisible({ timeout: 20_000 });

  await page.getByRole("button", { name: "Columns" }).click();
  const menu = page.getByRole("dialog", { name: "Columns" });
  await menu.getByRole("checkbox", { name: "Shared from" }).uncheck();
  await menu.getByRole("checkbox", { name: "External id" }).uncheck();
  await menu.getByRole("button", { name: "Move Updated up" }).click();
  await page.keyboard.press("Escape");

  await expect(table.getByRole("columnheader")).toHaveText([
    /^Name/,
    /^Shortcode/,
    /^Segment/,
    /^Primary contact/,
    /^Projects/,
    /^Updated/,
    /^Created/,
  ]);
  const row = table
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: first.name, exact: true }) });
  // The first cell holds the row's selection checkbox; the data cells follow in the headers' order.
  await expect(row.getByRole("cell")).toHaveCount(8);
  await expect(row.getByRole("cell").nth(2)).toHaveText(first.shortcode);
  await expect(row.getByRole("cell").nth(3)).toHaveText(first.segment);
});

test("hiding the sorted column drops it from the sort", async ({ page }) => {
  await page.goto("/clients?sort=shortcode");
  await expect(page.getByRole("table", { name: /^Clients, sorted by shortcode/ })).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("dialog", { name: "Columns" }).getByRole("checkbox", { name: "Shortcode" }).uncheck();
  await expect(page).not.toHaveURL(/sort=shortcode/);
  await expect(page.getByRole("table", { name: /^Clients, sorted by name/ })).toBeVisible();
});

test("Ctrl+End and Ctrl+Home move focus to the last and the first loaded row", async ({ page }) => {
  await page.goto("/clients");
  const table = clientsTable(page);
  await table.getByRole("link").first().focus();
  await expect.poll(() => focusedRowIndex(page)).toBe("2");
  await page.keyboard.press("Control+End");
  await expect.poll(() => focusedRowIndex(page)).toBe("51");
  await expect(page.locator("*:focus")).toBeInViewport();
  await page.keyboard.press("Control+Home");
  await expect.poll(() => focusedRowIndex(page)).toBe("2");
  await expect(page.locator("*:focus")).toBeInViewport();
});

test("while the first page loads, the footer and the live region say loading", async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/api/v1/clients/full?**", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/clients");
  const table = page.getByRole("table", { name: /^Clients/ });
  await expect(table).toHaveAccessibleDescription("Loading clients…");
  await expect(page.getByRole("status").filter({ hasText: "Loading clients…" })).toHaveCount(1);
  await expect(page.getByText(/All 0 clients loaded/)).toHaveCount(0);
  await expect(table).toHaveAttribute("aria-busy", "true");
  release();
  await expect(table.getByRole("link").first()).toBeVisible();
  await expect(table).not.toHaveAccessibleDescription("Loading clients…");
});

test.describe("a server error", () => {
  test.use({ allowConsoleErrors: /status of 500/ });

  test("shows at once, worded as a server error", async ({ page }) => {
    await page.route("**/api/v1/clients/full?**", (route) =>
      route.fulfill({ status: 500, json: { message: "Server Error" } }),
    );
    await page.goto("/clients");
    const alert = page.getByText(/answered with a server error \(500\)/);
    // Three retries with back-off would take 7 s before the error showed.
    await expect(alert).toBeVisible({ timeout: 4000 });
    await expect(page.getByRole("heading", { name: "Could not load the clients" })).toBeVisible();
    await expect(page.getByText(/emulator running/)).toHaveCount(0);
  });
});

test("Cancel of a CSV export returns focus to Export CSV", async ({ page }) => {
  await page.goto("/clients");
  await expect(clientsTable(page).getByRole("link").first()).toBeVisible({ timeout: 20_000 });
  await page.route("**/api/v1/clients/full?**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue().catch(() => {});
  });
  await page.getByRole("button", { name: "Export CSV" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("progressbar", { name: "CSV export" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Export CSV" })).toBeFocused();
});

test("in the All mode archived clients carry a badge and say so in their name", async ({ page }) => {
  const [archived] = await walkClients({ filter: 'archived eq "only"' });
  const [active] = await walkClients();
  if (!archived || !active) throw new Error("the emulator needs an archived and an active client");
  const filter = `name in [${JSON.stringify(archived.name)}, ${JSON.stringify(active.name)}]`;
  await page.goto(`/clients?archived=with&filter=${encodeURIComponent(filter)}`);
  const table = clientsTable(page);
  const archivedLink = page.getByRole("link", { name: `${archived.name}, archived`, exact: true });
  await expect(table.getByRole("row").filter({ has: archivedLink })).toContainText("Archived", {
    timeout: 20_000,
  });
  const activeLink = page.getByRole("link", { name: active.name, exact: true });
  await expect(table.getByRole("row").filter({ has: activeLink })).toBeVisible();
  await expect(table.getByRole("row").filter({ has: activeLink })).not.toContainText("Archived");
});
