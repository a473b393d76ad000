import { expectFirstRows, renderedRows, walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

function filterOf(url: string): string | null {
  return new URL(url).searchParams.get("filter");
}

test("the search box filters by name or shortcode after a pause in typing", async ({ page }) => {
  const expected = await walkClients({ filter: '(name contains "acme" or shortcode contains "acme")' });
  expect(expected.length).toBeGreaterThan(0);
  await page.goto("/clients");
  await page.getByRole("searchbox", { name: "Search clients by name or shortcode" }).fill("acme");
  await expect.poll(() => filterOf(page.url())).toBe('name contains "acme" or shortcode contains "acme"');
  await expectFirstRows(page, expected);
});

test("segment chips filter by segment and show as pressed", async ({ page }) => {
  const expected = await walkClients({ filter: 'segment in ["A", "C"]' });
  await page.goto("/clients");
  await page.getByRole("button", { name: "Segment A", exact: true }).click();
  await page.getByRole("button", { name: "Segment C", exact: true }).click();
  await expect.poll(() => filterOf(page.url())).toBe('segment in ["A", "C"]');
  await expect(page.getByRole("button", { name: "Segment C", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectFirstRows(page, expected);
});

test("the archived switch shows archived clients, or all of them", async ({ page }) => {
  const archived = await walkClients({ filter: 'archived eq "only"' });
  const all = await walkClients({ filter: 'archived eq "with"' });
  expect(archived.length).toBeGreaterThan(0);
  await page.goto("/clients");
  await page.getByRole("radio", { name: "Archived" }).check();
  await expect(page).toHaveURL(/archived=only/);
  await expectFirstRows(page, archived);
  await page.getByRole("radio", { name: "All" }).check();
  await expect(page).toHaveURL(/archived=with/);
  await expectFirstRows(page, all);
  await page.getByRole("radio", { name: "Active" }).check();
  await expect(page).not.toHaveURL(/archived=/);
});

test('"My clients" and "Shared with us" add their conditions to the filter', async ({ page }) => {
  const mine = await walkClients({ filter: "primary_contact.id eq me.id" });
  const mineAndShared = await walkClients({
    filter: "primary_contact.id eq me.id and origin_space.id isnotnull",
  });
  const shared = await walkClients({ filter: "origin_space.id isnotnull" });
  expect(mine.length).toBeGreaterThan(0);
  await page.goto("/clients");
  await page.getByRole("button", { name: "My clients" }).click();
  await expect.poll(() => filterOf(page.url())).toBe("primary_contact.id eq me.id");
  await expectFirstRows(page, mine);
  await page.getByRole("button", { name: "Shared with us" }).click();
  await expect
    .poll(() => filterOf(page.url()))
    .toBe("primary_contact.id eq me.id and origin_space.id isnotnull");
  if (mineAndShared.length > 0) await expectFirstRows(page, mineAndShared);
  else await expect(page.getByRole("heading", { name: "No clients match these filters" })).toBeVisible();
  await page.getByRole("button", { name: "My clients" }).click();
  await expect.poll(() => filterOf(page.url())).toBe("origin_space.id isnotnull");
  await expectFirstRows(page, shared);
});

test("a copied URL opens the same view in a new page", async ({ page, context }) => {
  await page.goto("/clients");
  await page.getByRole("button", { name: "Segment B", exact: true }).click();
  await page.getByRole("searchbox", { name: /Search clients/ }).fill("a");
  await expect.poll(() => filterOf(page.url())).toContain('name contains "a"');
  await page.getByRole("button", { name: /^Created, not sorted/ }).click();
  await expect(page).toHaveURL(/sort=created_at/);
  const expected = await walkClients({
    filter: filterOf(page.url()) ?? "",
    sort: "created_at",
  });
  await expectFirstRows(page, expected);

  const copy = await context.newPage();
  await copy.goto(page.url());
  await expectFirstRows(copy, expected);
  // The server sent the copy with its rows (this browser gave it the token): once the app has taken
  // the page over (its buttons answer), it shows the same window of rows as the first page.
  await expect(copy.getByRole("button", { name: "Segment B", exact: true })).toBeEnabled();
  expect(await renderedRows(copy)).toEqual(await renderedRows(page));
  await expect(copy.getByRole("button", { name: "Segment B", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(copy.getByRole("searchbox", { name: /Search clients/ })).toHaveValue("a");
});

test("clear filters empties a view that matched nothing", async ({ page }) => {
  await page.goto("/clients");
  await page.getByRole("searchbox", { name: /Search clients/ }).fill("zzzz-no-such-client");
  await expect(page.getByRole("heading", { name: "No clients match these filters" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "No clients match." })).toBeAttached();
  await page.getByRole("button", { name: "Clear filters" }).last().click();
  await expect(page).not.toHaveURL(/filter=/);
  await expect(page.getByRole("searchbox", { name: /Search clients/ })).toHaveValue("");
  await expect(page.getByRole("table", { name: /^Clients/ })).toBeVisible();
});
