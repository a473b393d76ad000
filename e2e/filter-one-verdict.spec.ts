import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

async function openPanel(page: Page, filter?: string) {
  await page.goto(filter ? `/clients?filter=${encodeURIComponent(filter)}` : "/clients");
  await page.getByRole("button", { name: /^Filter/ }).click();
  const panel = page.getByRole("dialog", { name: "Filter clients" });
  await expect(panel).toBeVisible();
  return panel;
}

test("in Text mode the suggestion list leaves the error message readable", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const panel = await openPanel(page);
  await panel.getByRole("tab", { name: "Text" }).click();
  const text = panel.getByLabel("Filter text");
  await text.fill('nmae contains "x" and na');
  const list = panel.getByRole("listbox", { name: "Suggestions" });
  await expect(list).toBeVisible();
  const describedBy = (await text.getAttribute("aria-describedby"))?.split(" ") ?? [];
  expect(describedBy).toHaveLength(2);
  const problem = page.locator(`[id="${describedBy[1]}"]`);
  await expect(problem).toBeVisible();
  await expect(problem).toContainText(/at character/i);
  const a = await list.boundingBox();
  const b = await problem.boundingBox();
  if (!a || !b) throw new Error("no boxes");
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlap).toBe(false);
});

test("an empty list is refused in both faces and the switch to Text keeps it", async ({ page }) => {
  const panel = await openPanel(page, 'projects any (status in ["running"])');
  await panel.getByRole("checkbox", { name: "running", exact: true }).uncheck();
  const apply = panel.getByRole("button", { name: "Apply" });
  await expect(panel.getByText(`'in' needs at least one value, e.g. status in ["a"]`)).toBeVisible();
  await expect(apply).toHaveAttribute("aria-disabled", "true");

  await panel.getByRole("tab", { name: "Text" }).click();
  const text = panel.getByLabel("Filter text");
  await expect(text).toHaveValue("projects any (status in [])");
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(text).toHaveAccessibleDescription(/'in' needs at least one value/);
  await expect(apply).toHaveAttribute("aria-disabled", "true");
  await apply.click({ force: true });
  await expect(panel).toBeVisible();
  expect(new URL(page.url()).searchParams.get("filter")).toBe('projects any (status in ["running"])');

  await text.fill("segment in []");
  await expect(text).toHaveAccessibleDescription(/'in' needs at least one value, e\.g\. segment in \["a"\]/);
  await expect(apply).toHaveAttribute("aria-disabled", "true");
});
