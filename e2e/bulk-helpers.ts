import type { Page } from "@playwright/test";
import { apiCreate, type CreatedClient } from "./client-forms-helpers.ts";

/** Steps shared by the bulk action specs (issue 17). Each test makes its own clients. */

/** `count` clients named "<prefix> 000", "<prefix> 001", … in one segment, made through the API. */
export async function createMany(prefix: string, count: number, segment = "B"): Promise<CreatedClient[]> {
  const made = [];
  for (let n = 0; n < count; n++) {
    made.push(await apiCreate({ name: `${prefix} ${String(n).padStart(3, "0")}`, segment }));
  }
  return made;
}

/** The clients view narrowed to the names starting with `prefix`. */
export function openPrefix(page: Page, prefix: string, extra: Record<string, string> = {}) {
  return page.goto(`/clients?${new URLSearchParams({ filter: `name startswith "${prefix}"`, ...extra })}`);
}

export const bulkBar = (page: Page) => page.getByRole("toolbar", { name: "Bulk actions" });
