import { walkClients } from "./clients-helpers.ts";
import { expect, test } from "./fixtures.ts";

test("at 1440 px the table uses the screen's width: no sideways scroll, last column visible", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/clients");
  const table = page.getByRole("table", { name: /^Clients, sorted by/ });
  await expect(table.getByRole("link").first()).toBeVisible({ timeout: 20_000 });
  const container = page.locator("div:has(> table[aria-label^='Clients'])");
  const overflow = await container.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(table.getByRole("columnheader", { name: "Updated" })).toBeInViewport({ ratio: 1 });
});

for (const width of [390, 320]) {
  test(`at ${width} px no page scrolls sideways`, async ({ page }) => {
    const [client] = await walkClients();
    if (!client) throw new Error("the emulator has no clients");
    await page.setViewportSize({ width, height: 844 });
    const pages: [string, RegExp][] = [
      ["/clients", /^Clients$/],
      [`/clients/${client.id}`, new RegExp(`^${client.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)],
      ["/settings", /^Settings$/],
      ["/clients/new", /^New client$/],
      ["/no-such-page", /not found/i],
    ];
    const wide: string[] = [];
    for (const [path, heading] of pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible({ timeout: 20_000 });
      await page.waitForLoadState("networkidle");
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) wide.push(`${path}: ${scrollWidth} px`);
    }
    expect(wide).toEqual([]);
  });
}
