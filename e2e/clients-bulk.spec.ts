import { bulkBar, createMany, openPrefix } from "./bulk-helpers.ts";
import { clientsTable, uniqueName } from "./client-forms-helpers.ts";
import { walkClients } from "./clients-helpers.ts";
import { expect, expectNoAxeViolations, test } from "./fixtures.ts";

/** Bulk actions on the clients table (issue 17), against the emulator. */

test("select 3 by click and Shift-click, archive: they leave the list; Undo brings all 3 back", async ({
  page,
}) => {
  const prefix = uniqueName("Bulk3");
  const made = await createMany(prefix, 4);
  await openPrefix(page, prefix);
  const table = clientsTable(page);
  await table.getByRole("checkbox", { name: `Select ${prefix} 000` }).click();
  await table.getByRole("checkbox", { name: `Select ${prefix} 002` }).click({ modifiers: ["Shift"] });
  await expect(bulkBar(page).getByText("3 clients selected")).toBeVisible();
  await expectNoAxeViolations(page);

  await bulkBar(page).getByRole("button", { name: "Delete selected" }).click();
  await expect(page.getByText("3 archived · 0 failed", { exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: /Bulk3/ })).toHaveText([`${prefix} 003`]);
  expect((await walkClients({ filter: `name startswith "${prefix}"` })).map((c) => c.name)).toEqual([
    `${prefix} 003`,
  ]);

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByText("3 restored · 0 failed", { exact: true })).toBeVisible();
  await expect
    .poll(async () => (await walkClients({ filter: `name startswith "${prefix}"` })).map((c) => c.id))
    .toEqual(made.map((c) => c.id));
  await expect(table.getByRole("link", { name: /Bulk3/ })).toHaveCount(4);
});

test("keyboard only: Space, Shift+Down, b into the bar, set segment C; Esc clears", async ({ page }) => {
  const prefix = uniqueName("BulkKeys");
  await createMany(prefix, 3);
  await openPrefix(page, prefix);
  const table = clientsTable(page);
  await table.getByRole("link", { name: `${prefix} 000` }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Shift+ArrowDown");
  await expect(bulkBar(page).getByText("2 clients selected")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(bulkBar(page)).toHaveCount(0);
  await page.keyboard.press("x");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("b");
  await expect(bulkBar(page)).toBeFocused();
  // Tabbed to once shown: the actions' code loads once something is selected (deferred-bulk.tsx).
  await expect(bulkBar(page).getByRole("combobox", { name: "Set segment" })).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(bulkBar(page).getByRole("combobox", { name: "Set segment" })).toBeFocused();
  await bulkBar(page).getByRole("combobox", { name: "Set segment" }).selectOption("C");
  await expect(page.getByText("2 moved to segment C · 0 failed", { exact: true })).toBeVisible();
  const after = await walkClients({ filter: `name startswith "${prefix}"` });
  // Space + Shift+Down chose 000–001; Esc cleared; x + Shift+Down from 001 chose 001–002.
  expect(after.map((c) => c.segment)).toEqual(["B", "C", "C"]);
});

test("select all matching (~150), untick 2, set segment C: exactly the others change", async ({ page }) => {
  test.setTimeout(120_000);
  const prefix = uniqueName("BulkAll");
  await createMany(prefix, 150, "A");
  await openPrefix(page, prefix);
  const table = clientsTable(page);
  await table.getByRole("checkbox", { name: "Select all loaded clients" }).check();
  await bulkBar(page).getByRole("button", { name: "Select all clients that match this filter" }).click();
  await expect(bulkBar(page).getByText("All matching clients selected (count unknown)")).toBeVisible();
  await table.getByRole("checkbox", { name: `Select ${prefix} 001` }).uncheck();
  await table.getByRole("checkbox", { name: `Select ${prefix} 004` }).uncheck();
  await bulkBar(page).getByRole("combobox", { name: "Set segment" }).selectOption("C");
  await expect(page.getByText("148 moved to segment C · 0 failed", { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  const after = await walkClients({ filter: `name startswith "${prefix}"` });
  expect(after).toHaveLength(150);
  expect(after.filter((c) => c.segment === "A").map((c) => c.name)).toEqual([
    `${prefix} 001`,
    `${prefix} 004`,
  ]);
  expect(after.filter((c) => c.segment === "C")).toHaveLength(148);
});

test.describe("network failures", () => {
  test.use({ allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });
  test.setTimeout(90_000);

  test("aborted requests: exactly those fail, roll back, and Retry failed completes them", async ({
    page,
  }) => {
    const prefix = uniqueName("BulkFail");
    const made = await createMany(prefix, 8);
    const broken = new Set([made[2]?.id, made[5]?.id]);
    let aborting = true;
    await page.route("**/api/v1/clients/*", (route) => {
      const id = new URL(route.request().url()).pathname.split("/").at(-1) ?? "";
      if (aborting && route.request().method() === "DELETE" && broken.has(id)) return route.abort();
      return route.fallback();
    });
    await openPrefix(page, prefix);
    const table = clientsTable(page);
    await table.getByRole("checkbox", { name: "Select all loaded clients" }).check();
    await bulkBar(page).getByRole("button", { name: "Delete selected" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Delete 8 clients?" });
    await expect(
      confirm.getByText(`Among them: ${prefix} 000, ${prefix} 001, ${prefix} 002, …`),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await confirm.getByRole("button", { name: "Delete 8 clients" }).click();

    const report = page.getByRole("dialog", { name: "2 clients could not be changed" });
    await expect(report).toBeVisible({ timeout: 20_000 });
    await expect(report.getByRole("listitem")).toHaveText([
      new RegExp(`^${prefix} 002: `),
      new RegExp(`^${prefix} 005: `),
    ]);
    await expect(page.getByText("6 archived · 2 failed", { exact: true })).toBeVisible();
    // The report is modal (the table is hidden from the accessibility tree behind it).
    const hiddenTable = page.getByRole("table", { name: /^Clients, sorted by/, includeHidden: true });
    await expect(hiddenTable.getByRole("link", { name: /BulkFail/, includeHidden: true })).toHaveText([
      `${prefix} 002`,
      `${prefix} 005`,
    ]);
    await expectNoAxeViolations(page);

    aborting = false;
    await report.getByRole("button", { name: "Retry failed" }).click();
    await expect(page.getByText("2 archived · 0 failed", { exact: true })).toBeVisible();
    await expect
      .poll(async () => (await walkClients({ filter: `name startswith "${prefix}"` })).length)
      .toBe(0);
  });
});

test("a change of sort clears the selection and says so politely", async ({ page }) => {
  const prefix = uniqueName("BulkClear");
  await createMany(prefix, 2);
  await openPrefix(page, prefix);
  const table = clientsTable(page);
  await table.getByRole("checkbox", { name: `Select ${prefix} 000` }).click();
  await expect(bulkBar(page)).toBeVisible();
  await table.getByRole("button", { name: "Name, sorted ascending" }).click();
  await expect(bulkBar(page)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Selection cleared" })).toHaveText(
    "Selection cleared: the filter, sort or archived mode changed.",
  );
  await expect(table.getByRole("checkbox", { name: `Select ${prefix} 000` })).not.toBeChecked();
});

test("Select all loaded clients is disabled until a row is loaded; with nothing matching there is none", async ({
  page,
}) => {
  const prefix = uniqueName("BulkEarly");
  await createMany(prefix, 2);
  // The first page is held back: the header checkbox must not take a click that selects nothing.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/clients/full?*", async (route) => {
    await held;
    await route.continue();
  });
  await openPrefix(page, prefix);
  const table = clientsTable(page);
  const all = table.getByRole("checkbox", { name: "Select all loaded clients" });
  await expect(all).toBeDisabled();
  release();
  await all.check();
  await expect(bulkBar(page).getByText("2 clients selected")).toBeVisible();

  await openPrefix(page, `${prefix} none`);
  await expect(page.getByText("No clients match these filters")).toBeVisible();
  await expect(all).toHaveCount(0);
});
