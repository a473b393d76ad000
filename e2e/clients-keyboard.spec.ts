import type { Page } from "@playwright/test";
import { clientsTable, walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

/** aria-rowindex of the row that holds the focus, if any. */
function focusedRowIndex(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.activeElement?.closest("[aria-rowindex]")?.getAttribute("aria-rowindex") ?? null,
  );
}

test("keyboard only: reach the table, move, open a client, come back to the same row", async ({ page }) => {
  const clients = await walkClients();
  const [first] = clients;
  const target = clients[20];
  if (!first || !target) throw new Error("the emulator has too few clients");

  await page.goto("/clients");
  const table = clientsTable(page);
  await expect(table.getByRole("link").first()).toBeVisible();
  for (let i = 0; i < 60 && Number(await focusedRowIndex(page)) < 2; i++) await page.keyboard.press("Tab");
  await expect.poll(() => focusedRowIndex(page)).toBe("2");
  await expect(table.getByRole("link", { name: first.name, exact: true }).first()).toBeFocused();

  for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowDown");
  await expect.poll(() => focusedRowIndex(page)).toBe("22");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/clients/${target.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: target.name })).toBeVisible();

  await page.goBack();
  await expect.poll(() => focusedRowIndex(page)).toBe("22");
  await expect(page.locator("*:focus")).toBeInViewport();
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => focusedRowIndex(page)).toBe("21");
  await page.keyboard.press("End");
  await expect.poll(() => focusedRowIndex(page)).toBe("51");
  await page.keyboard.press("Home");
  await expect.poll(() => focusedRowIndex(page)).toBe("2");
  await expect(table.getByRole("link", { name: first.name, exact: true }).first()).toBeInViewport();
});

test("a click on a row opens the client; Back returns to the same view and place", async ({ page }) => {
  const filter = 'segment in ["A", "B"]';
  const clients = await walkClients({ filter });
  const target = clients[30];
  if (!target) throw new Error("too few clients");
  await page.goto(`/clients?filter=${encodeURIComponent(filter)}`);
  const table = clientsTable(page);
  await expect(table.getByRole("link").first()).toBeVisible();
  await table.hover();
  await page.mouse.wheel(0, 30 * 44 - 100);
  const row = table
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: target.name, exact: true }) });
  await expect(row.first()).toBeInViewport();
  await row.first().getByRole("cell").nth(2).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${target.id}$`));
  await page.goBack();
  await expect(page).toHaveURL(/filter=segment/);
  await expect(row.first()).toBeInViewport();
  await expect(page.getByRole("button", { name: "Segment A", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});
