import { clientsTable, expectFirstRows, walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

test("sorting by name, ascending then descending, shows the API's order", async ({ page }) => {
  const ascending = await walkClients({ sort: "name" });
  const descending = await walkClients({ sort: "-name" });

  await page.goto("/clients");
  const nameHeader = clientsTable(page).getByRole("columnheader", { name: /^Name/ });
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  await expectFirstRows(page, ascending, 15);

  await page.getByRole("button", { name: /^Name, sorted ascending/ }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("table", { name: "Clients, sorted by name, descending" })).toBeVisible();
  await expectFirstRows(page, descending, 15);

  await page.getByRole("button", { name: /^Name, sorted descending/ }).click();
  await expect(page).not.toHaveURL(/sort=/);
  await expectFirstRows(page, ascending, 15);
});

test("shift-click adds a secondary sort key with a visible priority", async ({ page }) => {
  const expected = await walkClients({ sort: "-created_at,name" });
  await page.goto("/clients");
  await page.getByRole("button", { name: /^Created, not sorted/ }).click();
  await page.getByRole("button", { name: /^Created, sorted ascending/ }).click();
  await page.getByRole("button", { name: /^Name, not sorted/ }).click({ modifiers: ["Shift"] });
  await expect(page).toHaveURL(/sort=-created_at%2Cname|sort=-created_at,name/);
  const table = clientsTable(page);
  await expect(
    table.getByRole("columnheader", { name: /^Created, sorted descending, priority 1 of 2/ }),
  ).toHaveAttribute("aria-sort", "descending");
  await expect(
    table.getByRole("columnheader", { name: /^Name, sorted ascending, priority 2 of 2/ }),
  ).not.toHaveAttribute("aria-sort");
  await expectFirstRows(page, expected, 15);
  await expect(
    table.getByRole("columnheader", { name: /^Segment/ }).getByRole("button", { name: /sort/ }),
  ).toHaveCount(0);
});
