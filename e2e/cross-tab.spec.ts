import { apiCreate, clientsTable, listUrl, uniqueName } from "./client-forms-helpers.ts";
import { expect, test } from "./fixtures.ts";

/** Issue 10.7: a change made in one tab shows in the other tabs of the same browser. */

test("a rename in one tab shows in the list of another tab of the same browser", async ({
  page,
  context,
}) => {
  const client = await apiCreate({ name: uniqueName("Twin") });
  const renamed = `${client.name} renamed`;
  await page.goto(listUrl(client.name));
  await expect(clientsTable(page).getByRole("link", { name: client.name, exact: true })).toBeVisible();

  const other = await context.newPage();
  await other.goto(`/clients/${client.id}`);
  await other.getByRole("button", { name: "Edit", exact: true }).click();
  const dialog = other.getByRole("dialog", { name: `Edit ${client.name}` });
  await dialog.getByRole("textbox", { name: "Name" }).fill(renamed);
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  await page.bringToFront();
  await expect(clientsTable(page).getByRole("link", { name: client.name, exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "No clients match these filters" })).toBeVisible();
  await other.close();
});
