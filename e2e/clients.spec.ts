import { clientsTable, expectFirstRows, walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

test("the clients page lists clients sorted by name, with every column", async ({ page }) => {
  const expected = await walkClients();
  await page.goto("/");
  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  const table = page.getByRole("table", { name: "Clients, sorted by name" });
  await expect(table.getByRole("columnheader")).toHaveCount(9);
  await expect(table.getByRole("columnheader").first()).toHaveAccessibleName("Name, sorted ascending");
  await expectFirstRows(page, expected);
  await expect(table).toHaveAccessibleDescription("50 clients loaded, more available");
  await expect(table).toHaveAttribute("aria-rowcount", "-1");
});

test("a client's name leads to its detail page and back", async ({ page }) => {
  const [first] = await walkClients();
  if (!first) throw new Error("the emulator has no clients");
  await page.goto("/clients");
  await clientsTable(page).getByRole("link", { name: first.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/clients/${first.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: first.name })).toBeVisible();
  await page.getByRole("link", { name: "Back to clients" }).click();
  await expect(page.getByRole("table", { name: "Clients, sorted by name" })).toBeVisible();
});
