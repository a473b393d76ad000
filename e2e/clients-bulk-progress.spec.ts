import { bulkBar, createMany, openPrefix } from "./bulk-helpers.ts";
import { clientsTable, uniqueName } from "./client-forms-helpers.ts";
import { walkClients } from "./clients-helpers.ts";
import { expect, expectNoAxeViolations, test } from "./fixtures.ts";

/** The run's progress bar (done / failed / remaining) and Cancel (issue 17). */

test.use({ allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });

test("progress shows done, failed and remaining; Cancel stops scheduling, what is in flight finishes", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const prefix = uniqueName("BulkProgress");
  const made = await createMany(prefix, 12);
  const brokenId = made[0]?.id;
  // Faults only: the first client's PATCH is aborted (it fails after the queue's retries), every
  // other PATCH reaches the emulator 4 s late, so the run can be watched and cancelled midway.
  await page.route("**/api/v1/clients/*", async (route) => {
    if (route.request().method() !== "PATCH") return route.fallback();
    const id = new URL(route.request().url()).pathname.split("/").at(-1);
    if (id === brokenId) return route.abort();
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    return route.fallback();
  });
  await openPrefix(page, prefix);
  await clientsTable(page).getByRole("checkbox", { name: "Select all loaded clients" }).check();
  await bulkBar(page).getByRole("combobox", { name: "Set segment" }).selectOption("C");

  const progress = page.getByRole("progressbar", { name: "Bulk action progress" });
  // 4 at once: 000 fails after its retries (~1.4 s), 001–003 are done at 4 s; 004–007 are in flight.
  await expect(progress).toHaveAttribute("aria-valuetext", "3 done · 1 failed · 8 remaining", {
    timeout: 20_000,
  });
  await expect(page.getByText("3 done · 1 failed · 8 remaining", { exact: true })).toBeVisible();
  // The page stays usable while it runs: the bar's actions wait, the table keeps its links.
  await expect(bulkBar(page).getByRole("button", { name: "Delete selected" })).toBeDisabled();
  await expect(clientsTable(page).getByRole("link", { name: `${prefix} 011` })).toBeVisible();
  await page.getByRole("button", { name: "Cancel", exact: true }).click();

  const report = page.getByRole("dialog", { name: "1 client could not be changed" });
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("7 moved to segment C · 1 failed · cancelled", { exact: true })).toBeVisible();
  await expect(report.getByRole("listitem")).toHaveText([new RegExp(`^${prefix} 000: `)]);
  await expectNoAxeViolations(page);
  const after = await walkClients({ filter: `name startswith "${prefix}"` });
  expect(after.map((c) => c.segment).join("")).toBe("BCCCCCCCBBBB");
});
