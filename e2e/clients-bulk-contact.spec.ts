import { bulkBar, createMany, openPrefix } from "./bulk-helpers.ts";
import { clientsTable, uniqueName } from "./client-forms-helpers.ts";
import { walkClients } from "./clients-helpers.ts";
import { expect, expectNoAxeViolations, test } from "./fixtures.ts";

/** Bulk "Set primary contact" (issue 17): the users' picker, one PATCH per client, per-row rollback. */

// The emulator's integration user, seeded with fixed identities (emulator/config.ts).
const CONSOLE_USER_ID = "05e40000-0000-4000-8000-000000000001";

test.use({ allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });

test("set primary contact on 3: the aborted one fails and rolls back alone; Retry failed, then Undo", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const prefix = uniqueName("BulkContact");
  const made = await createMany(prefix, 4);
  const brokenId = made[1]?.id;
  let aborting = true;
  await page.route("**/api/v1/clients/*", (route) => {
    const id = new URL(route.request().url()).pathname.split("/").at(-1);
    if (aborting && route.request().method() === "PATCH" && id === brokenId) return route.abort();
    return route.fallback();
  });
  await openPrefix(page, prefix);
  const table = clientsTable(page);
  await table.getByRole("checkbox", { name: `Select ${prefix} 000` }).click();
  await table.getByRole("checkbox", { name: `Select ${prefix} 002` }).click({ modifiers: ["Shift"] });
  await bulkBar(page).getByRole("button", { name: "Set primary contact" }).click();

  const dialog = page.getByRole("dialog", { name: "Set the primary contact of 3 clients" });
  const picker = dialog.getByRole("combobox", { name: "Primary contact" });
  await picker.fill("console@integration");
  await expect(
    dialog.getByRole("listbox", { name: "Primary contact options" }).getByRole("option").first(),
  ).toContainText("console@integration.kanbert.test");
  await picker.press("Enter");
  await expect(picker).toHaveValue("Console Integration");
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Apply to 3 clients" }).click();

  const report = page.getByRole("dialog", { name: "1 client could not be changed" });
  await expect(report).toBeVisible({ timeout: 20_000 });
  await expect(report.getByRole("listitem")).toHaveText([new RegExp(`^${prefix} 001: `)]);
  await expect(page.getByText("2 given a new primary contact · 1 failed", { exact: true })).toBeVisible();
  // Rolled back alone: the failed row shows no contact, its neighbours keep the new one. (The
  // report is modal: the table is hidden from the accessibility tree behind it.)
  const rowOf = (n: string) =>
    page
      .getByRole("table", { name: /^Clients, sorted by/, includeHidden: true })
      .getByRole("row", { includeHidden: true })
      .filter({ hasText: `${prefix} ${n}` });
  await expect(rowOf("000")).toContainText("Console Integration");
  await expect(rowOf("001")).not.toContainText("Console Integration");
  await expect(rowOf("002")).toContainText("Console Integration");
  const contacts = async () =>
    (await walkClients({ filter: `name startswith "${prefix}"` })).map((c) => c.primary_contact?.id ?? null);
  expect(await contacts()).toEqual([CONSOLE_USER_ID, null, CONSOLE_USER_ID, null]);

  aborting = false;
  await report.getByRole("button", { name: "Retry failed" }).click();
  await expect(page.getByText("1 given a new primary contact · 0 failed", { exact: true })).toBeVisible();
  await expect.poll(contacts).toEqual([CONSOLE_USER_ID, CONSOLE_USER_ID, CONSOLE_USER_ID, null]);

  // Undo of that batch puts back the contact each client had before it (none).
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByText("1 left without a primary contact · 0 failed", { exact: true })).toBeVisible();
  await expect.poll(contacts).toEqual([CONSOLE_USER_ID, null, CONSOLE_USER_ID, null]);
  await expect(rowOf("001")).not.toContainText("Console Integration");
});
