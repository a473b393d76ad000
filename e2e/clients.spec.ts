import { api, expect, test } from "./fixtures.ts";

interface ClientsPage {
  data: { id: string; name: string; shortcode: string | null }[];
}

test("the clients page lists the first page of clients sorted by name", async ({ page }) => {
  const expected = await api<ClientsPage>("/clients/full?sort=name&page%5Bsize%5D=50");
  expect(expected.data.length).toBeGreaterThan(0);

  await page.goto("/");
  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  const table = page.getByRole("table", { name: "Clients, sorted by name" });
  await expect(table.getByRole("columnheader")).toHaveText([
    "Name",
    "Shortcode",
    "Segment",
    "Primary contact",
    "Created",
  ]);
  await expect(table.getByRole("link")).toHaveText(expected.data.map((client) => client.name));
});

test("a client's name leads to its detail page and back", async ({ page }) => {
  const expected = await api<ClientsPage>("/clients/full?sort=name&page%5Bsize%5D=50");
  const first = expected.data[0];
  if (!first) throw new Error("the emulator has no clients");

  await page.goto("/clients");
  await page.getByRole("table").getByRole("link", { name: first.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${first.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: first.name })).toBeVisible();
  if (first.shortcode) await expect(page.getByText(first.shortcode, { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Back to clients" }).click();
  await expect(page.getByRole("table", { name: "Clients, sorted by name" })).toBeVisible();
});
