import type { Page } from "@playwright/test";
import { ClientData } from "../src/kanbert/schemas.ts";
import { api, expect } from "./fixtures.ts";

/** The seeded XSS lab client (emulator/db/seed-xss.ts), found by its stable shortcode. */
export async function labClientId(): Promise<string> {
  const client = await api("/clients/XSSLAB?find_by=shortcode", ClientData);
  return client.id;
}

export async function openComments(page: Page, clientId: string) {
  await page.goto(`/clients/${clientId}`);
  const section = page.getByRole("region", { name: "Comments" });
  await expect(section.getByRole("feed", { name: "Comment threads" })).toBeVisible();
  return section;
}

/** Clicks "Load more comments" until every thread is on the page. */
export async function loadAll(page: Page) {
  const more = page.getByRole("button", { name: "Load more comments" });
  for (let n = 0; n < 20 && (await more.isVisible()); n++) {
    await more.click();
    await expect(page.getByRole("feed")).toHaveAttribute("aria-busy", "false");
  }
}

/**
 * The lab client's comments hold the XSS corpus. DOMPurify parses it in an inert document, which
 * shares the page's CSP, so Chromium reports (and blocks) the corpus' inline handlers and style
 * attributes and <style>/<script> elements there before DOMPurify removes them. These reports, and only these, are expected;
 * that nothing hostile runs is what comments-xss.spec.ts checks.
 */
export const HOSTILE_MARKUP_CSP_REPORTS =
  /^(Executing inline (event handler|script) violates|Applying inline style violates|CSP violation: (script|style)-src-(attr|elem) blocked inline$)/;
