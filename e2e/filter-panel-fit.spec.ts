import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

// A tall filter: a nested group and a relation with its own conditions.
const TALL =
  'segment in ["A", "B"] and (name contains "ro" or name contains "wood" or (shortcode contains "A" and name contains "e")) and projects any (status eq "running" and is_acquisition eq true and name contains "x")';

async function openTallPanel(page: Page) {
  await page.goto(`/clients?filter=${encodeURIComponent(TALL)}`);
  await page.getByRole("button", { name: /^Filter/ }).click();
  const panel = page.getByRole("dialog", { name: "Filter clients" });
  await expect(panel).toBeVisible();
  return panel;
}

for (const [width, height] of [
  [1366, 768],
  [390, 844],
] as const) {
  test(`at ${width}×${height} the filter panel stays inside the window and Apply can be clicked`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const panel = await openTallPanel(page);
    const box = await panel.boundingBox();
    if (!box) throw new Error("the panel has no box");
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    const apply = panel.getByRole("button", { name: "Apply" });
    await expect(apply).toBeVisible();
    await expect(apply).toBeInViewport({ ratio: 1 });
    await apply.click({ trial: true });
    // Unchanged but applying closes the panel: Apply was really reachable.
    await apply.click();
    await expect(panel).toBeHidden();
  });
}
