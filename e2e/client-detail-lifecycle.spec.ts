import {
  apiCreate,
  clientsTable,
  expectNoReload,
  listUrl,
  markDocument,
  uniqueName,
} from "./client-forms-helpers.ts";
import { expect, expectNoAxeViolations, test } from "./fixtures.ts";

test("delete → Undo: the client is back in the list", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Undone") });
  await page.goto(listUrl(client.name));
  await markDocument(page);
  const link = clientsTable(page).getByRole("link", { name: client.name, exact: true });
  await link.click();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete client" }).click();

  await expect(page).toHaveURL(/\/clients\?/);
  await expect(page.getByText(`“${client.name}” was deleted.`, { exact: true })).toBeVisible();
  await expect(link).toHaveCount(0);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByText(`“${client.name}” was restored.`, { exact: true })).toBeVisible();
  await expect(link).toBeVisible();
  await expectNoReload(page);
});

test("delete → archived view → Restore; every list follows without a reload", async ({ page }) => {
  const client = await apiCreate({ name: uniqueName("Archived") });
  await page.goto(`/clients/${client.id}`);
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete client" }).click();
  await expect(page).toHaveURL(/\/clients$/);

  await page.goto(listUrl(client.name, "only"));
  await markDocument(page);
  await clientsTable(page).getByRole("link", { name: client.name, exact: true }).click();
  await expect(page.getByText(`${client.name} is archived.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete", exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByText(`“${client.name}” was restored.`, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete", exact: true })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Details" }).getByText("Active", { exact: true }),
  ).toBeVisible();

  await page.goBack();
  await expect(page.getByRole("heading", { name: "No clients match these filters" })).toBeVisible();
  await expect(clientsTable(page).getByRole("link", { name: client.name, exact: true })).toHaveCount(0);
  await expectNoReload(page);
});

test.describe("network failure", () => {
  test.use({ allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });

  test("a save that fails on the network shows the error, keeps the values, and succeeds on retry", async ({
    page,
  }) => {
    const client = await apiCreate({ name: uniqueName("Flaky") });
    const renamed = `${client.name} saved`;
    await page.goto(`/clients/${client.id}`);
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${client.name}` });
    await dialog.getByRole("combobox", { name: "Segment" }).selectOption("A");
    await dialog.getByRole("textbox", { name: "Name" }).fill(renamed);

    await page.route("**/api/v1/clients/*", (route) =>
      route.request().method() === "PATCH" ? route.abort("failed") : route.fallback(),
    );
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog.getByRole("alert")).toContainText("Could not save:");
    await expect(dialog.getByRole("textbox", { name: "Name" })).toHaveValue(renamed);
    await expect(dialog.getByRole("combobox", { name: "Segment" })).toHaveValue("A");
    // The optimistic change was rolled back (the page behind the modal is hidden from the a11y tree).
    await expect(
      page.getByRole("heading", { level: 1, name: client.name, exact: true, includeHidden: true }),
    ).toBeVisible();

    await page.unroute("**/api/v1/clients/*");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
    await expect(page.getByRole("region", { name: "Details" }).getByText("A", { exact: true })).toBeVisible();
  });
});

test("Go to client: Ctrl+K, type, arrows, Enter opens the client", async ({ page }) => {
  const first = await apiCreate({ name: uniqueName("Goto") });
  const second = await apiCreate({ name: `${first.name} two` });
  await page.goto("/settings");
  await expect(page.getByRole("button", { name: "Go to client" })).toBeVisible();
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Go to client" });
  const input = dialog.getByRole("combobox", { name: "Name or shortcode" });
  await expect(input).toBeFocused();
  await input.fill(first.name);
  await expect(dialog.getByRole("option")).toHaveCount(2);
  await expectNoAxeViolations(page);
  await input.press("ArrowDown");
  await expect(dialog.getByRole("option", { name: second.name })).toHaveAttribute("aria-selected", "true");
  await expect(input).toHaveAttribute("aria-activedescendant", /option/);
  await input.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/clients/${second.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: second.name })).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("/");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  const trigger = page.getByRole("button", { name: "Go to client" });
  await trigger.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(trigger).toBeFocused();
});
