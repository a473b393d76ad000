import { expect, test } from "./fixtures.ts";

test("an 8,000-character value keeps its chip and the page within the screen", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const value = "x".repeat(8000);
  await page.goto(`/clients?filter=${encodeURIComponent(`name contains "${value}"`)}`);
  const chip = page.getByRole("list", { name: "Applied filters" }).getByRole("listitem").first();
  await expect(chip).toBeVisible({ timeout: 20_000 });
  const box = await chip.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(448);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await expect(chip.getByRole("button", { name: /^Remove filter: / })).toBeInViewport();
});
