import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** Shared steps of the filter e2e specs: the builder panel and its condition rows. */

/** The `filter` search param of a page's URL. */
export const filterOf = (url: string) => new URL(url).searchParams.get("filter");

export async function openBuilder(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: /^Filter/ }).click();
  const panel = page.getByRole("dialog", { name: "Filter clients" });
  await expect(panel).toBeVisible();
  return panel;
}

/** A condition row of the builder by its path ("1", "2.1", …). */
export const row = (panel: Locator, path: string) =>
  panel.getByRole("group", { name: `Condition ${path}`, exact: true });

export async function setRow(
  panel: Locator,
  path: string,
  field: string,
  operator?: string,
): Promise<Locator> {
  const target = row(panel, path);
  await target.getByLabel("Field").selectOption({ label: field });
  if (operator) await target.getByLabel("Operator").selectOption({ label: operator });
  return target;
}
