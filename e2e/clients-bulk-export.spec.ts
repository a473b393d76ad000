import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { bulkBar, createMany, openPrefix, watchApi } from "./bulk-helpers.ts";
import { clientsTable, uniqueName } from "./client-forms-helpers.ts";
import { parseCsv, walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

/** Export the selection as CSV, and the count of "all matching" once known (issue 17). */

const VIEW = { sort: "name", cols: "name,segment" };

async function exportSelection(page: Page): Promise<string[][]> {
  const download = page.waitForEvent("download");
  await bulkBar(page).getByRole("button", { name: "Export selected" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes.subarray(3).toString("utf8"));
}

test("Export selected: exactly the ticked rows, with the view's columns", async ({ page }) => {
  const prefix = uniqueName("BulkCsv");
  const made = await createMany(prefix, 4, "A");
  await openPrefix(page, prefix, VIEW);
  const table = clientsTable(page);
  await table.getByRole("checkbox", { name: `Select ${prefix} 000` }).click();
  await table.getByRole("checkbox", { name: `Select ${prefix} 002` }).click();
  await expect(bulkBar(page).getByText("2 clients selected")).toBeVisible();
  expect(await exportSelection(page)).toEqual([
    ["Id", "Name", "Segment"],
    [made[0]?.id, `${prefix} 000`, "A"],
    [made[2]?.id, `${prefix} 002`, "A"],
  ]);
  await expect(page.getByText("Exported 2 clients to CSV.", { exact: true })).toBeVisible();
  // Exporting changes nothing: the selection stays.
  await expect(bulkBar(page).getByText("2 clients selected")).toBeVisible();
});

test("all matching: the export walks the filter minus the unticked; then the bar knows the count", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const prefix = uniqueName("BulkCsvAll");
  const made = await createMany(prefix, 120, "B");
  await openPrefix(page, prefix, VIEW);
  const table = clientsTable(page);
  await table.getByRole("checkbox", { name: "Select all loaded clients" }).check();
  await bulkBar(page).getByRole("button", { name: "Select all clients that match this filter" }).click();
  await expect(bulkBar(page).getByText("All matching clients selected (count unknown)")).toBeVisible();
  await table.getByRole("checkbox", { name: `Select ${prefix} 001` }).uncheck();

  const [header, ...rows] = await exportSelection(page);
  expect(header).toEqual(["Id", "Name", "Segment"]);
  expect(rows).toHaveLength(119);
  expect(rows.map((row) => row[0])).toEqual(made.filter((_, n) => n !== 1).map((c) => c.id));
  expect(rows[0]).toEqual([made[0]?.id, `${prefix} 000`, "B"]);
  expect(rows[1]).toEqual([made[2]?.id, `${prefix} 002`, "B"]);
  expect(rows.at(-1)).toEqual([made[119]?.id, `${prefix} 119`, "B"]);
  await expect(bulkBar(page).getByText("All 119 matching clients selected", { exact: true })).toBeVisible();
  // Unticking one more keeps the count exact.
  await table.getByRole("checkbox", { name: `Select ${prefix} 003` }).uncheck();
  await expect(bulkBar(page).getByText("All 118 matching clients selected", { exact: true })).toBeVisible();
});

test("all matching: the count shows once the run has walked the cursor", async ({ page }) => {
  test.setTimeout(120_000);
  const prefix = uniqueName("BulkCount");
  await createMany(prefix, 110, "A");
  // Only a delay: every PATCH reaches the emulator, later, so the run can be watched.
  await page.route("**/api/v1/clients/*", async (route) => {
    if (route.request().method() === "PATCH") await new Promise((resolve) => setTimeout(resolve, 250));
    return route.fallback();
  });
  const api = watchApi(page);
  await openPrefix(page, prefix, VIEW);
  const table = clientsTable(page);
  await table.getByRole("checkbox", { name: "Select all loaded clients" }).check();
  await bulkBar(page).getByRole("button", { name: "Select all clients that match this filter" }).click();
  await table.getByRole("checkbox", { name: `Select ${prefix} 005` }).uncheck();
  await expect(bulkBar(page).getByText("All matching clients selected (count unknown)")).toBeVisible();
  await bulkBar(page).getByRole("combobox", { name: "Set segment" }).selectOption("C");
  await expect(bulkBar(page).getByText("All 109 matching clients selected", { exact: true })).toBeVisible();
  // The run's result, whatever it says (or that it stopped), then what it says: a failure shows
  // its text, not a timeout.
  const result = page.getByText(/^\d+ moved to segment C · \d+ failed|^The bulk action stopped/);
  await api.explain(() => expect(result).toBeVisible({ timeout: 60_000 }));
  await expect(result).toHaveText("109 moved to segment C · 0 failed");
  await expect(bulkBar(page)).toHaveCount(0);
  const after = await walkClients({ filter: `name startswith "${prefix}"` });
  expect(after.filter((c) => c.segment === "A").map((c) => c.name)).toEqual([`${prefix} 005`]);
});
