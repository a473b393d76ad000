import { clientsTable, loadedCount, scrollToEnd, walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

test("scrolling to the end of a filtered view loads every page, with no duplicate and no gap", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const filter = 'segment in ["A", "B"]';
  const expected = await walkClients({ filter, sort: "-created_at,name" });
  expect(expected.length).toBeGreaterThan(100);

  await page.goto(`/clients?filter=${encodeURIComponent(filter)}&sort=-created_at,name`);
  await expect(clientsTable(page).getByRole("row")).not.toHaveCount(0);
  const seen = await scrollToEnd(page);

  const { loaded, all } = await loadedCount(page);
  expect(all).toBe(true);
  expect(loaded).toBe(expected.length);
  const indexes = [...seen.keys()].sort((a, b) => a - b);
  expect(indexes).toEqual(expected.map((_, i) => i + 2));
  const ids = indexes.map((index) => seen.get(index)?.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expected.map((c) => c.id));
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
});

test("the Load more button fetches the next page", async ({ page }) => {
  await page.goto("/clients");
  const table = clientsTable(page);
  await expect(table).toHaveAccessibleDescription("50 clients loaded, more available");
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(table).toHaveAccessibleDescription("100 clients loaded, more available");
});
