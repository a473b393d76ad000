import { bulkBar, createMany, openPrefix } from "./bulk-helpers.ts";
import { clientsTable, uniqueName } from "./client-forms-helpers.ts";
import { expect, test } from "./fixtures.ts";
import { holdBack } from "./hold-back.ts";

/** Keyboard of the bulk selection (issue 17): Ctrl/Cmd+A in the table, into the bar and back. */

test("Tab into the bar before its actions' code has arrived stays in the bar, and focus moves to the first action when it comes", async ({
  page,
}) => {
  const prefix = uniqueName("BulkEarlyTab");
  await createMany(prefix, 3);
  // Fault injection: the bar's actions' code is held back until released.
  const release = await holdBack(page, /\/assets\/bulk-actions-[\w-]+\.js$/);
  await openPrefix(page, prefix);
  const table = clientsTable(page);
  await table.getByRole("link", { name: `${prefix} 001` }).focus();
  await page.keyboard.press("x");
  await expect(bulkBar(page).getByText("1 client selected", { exact: true })).toBeVisible();
  await page.keyboard.press("b");
  await expect(bulkBar(page)).toBeFocused();

  await page.keyboard.press("Tab");
  const standIn = bulkBar(page).getByRole("button", { name: "Loading actions…" });
  await expect(standIn).toBeFocused();
  await expect(standIn).toHaveAttribute("aria-disabled", "true");

  release();
  await expect(bulkBar(page).getByRole("button", { name: "Delete selected" })).toBeFocused();
  await expect(standIn).toHaveCount(0);
});

test("Ctrl+A selects every loaded row when the table has focus, and only then", async ({ page }) => {
  const prefix = uniqueName("BulkCtrlA");
  await createMany(prefix, 3);
  await openPrefix(page, prefix);
  const table = clientsTable(page);
  await expect(table.getByRole("link", { name: /BulkCtrlA/ })).toHaveCount(3);

  // In the search box Ctrl+A is the text's own: nothing gets selected.
  const search = page.getByRole("searchbox").first();
  await search.fill("abc");
  await search.press("ControlOrMeta+a");
  await expect(bulkBar(page)).toHaveCount(0);
  await search.fill("");

  await table.getByRole("link", { name: `${prefix} 001` }).focus();
  await page.keyboard.press("ControlOrMeta+a");
  await expect(bulkBar(page).getByText("3 clients selected", { exact: true })).toBeVisible();
  await expect(table.getByRole("checkbox", { name: "Select all loaded clients" })).toBeChecked();
  for (const n of ["000", "001", "002"])
    await expect(table.getByRole("checkbox", { name: `Select ${prefix} ${n}` })).toBeChecked();
});

test("b moves focus into the bar; Esc there goes back to the row it came from", async ({ page }) => {
  const prefix = uniqueName("BulkFocus");
  await createMany(prefix, 4);
  await openPrefix(page, prefix);
  const table = clientsTable(page);
  const from = table.getByRole("link", { name: `${prefix} 002` });
  await from.focus();
  await page.keyboard.press("x");
  await expect(bulkBar(page).getByText("1 client selected", { exact: true })).toBeVisible();
  await page.keyboard.press("b");
  await expect(bulkBar(page)).toBeFocused();
  // The actions' code loads after the first rows (deferred-bulk.tsx); Tab pressed before they are
  // shown lands on their stand-in (the test below).
  await expect(bulkBar(page).getByRole("button", { name: "Delete selected" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(bulkBar(page).getByRole("button", { name: "Delete selected" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(from).toBeFocused();
  // Leaving the bar keeps the selection; Esc in the table then clears it.
  await expect(bulkBar(page).getByText("1 client selected", { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(bulkBar(page)).toHaveCount(0);
});
