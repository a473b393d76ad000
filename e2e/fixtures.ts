import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { type $ZodType, type output, parse } from "zod/v4/core";
import { connectAsUser } from "./connect-as-user.ts";

/** The emulator the e2e web server starts (see playwright.config.ts), for comparing with the API. */
export const API = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 8791}/api/v1`;
export const TOKEN = "dev-token";

/** A Content-Security-Policy violation is an error of the page: it is reported as one. */
function reportCspViolations() {
  document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
  });
}

/**
 * Every test fails on any uncaught page error, console error or CSP violation: a page that "works"
 * while logging errors is broken. A test that provokes an expected failed request names it in
 * `allowConsoleErrors` (one pattern: an array would be read by Playwright as `[value, options]`).
 * `connected: false` starts a test as a first visit, with nothing stored.
 */
export const test = base.extend<{
  allowConsoleErrors: RegExp | null;
  connected: boolean;
  pageErrors: string[];
}>({
  allowConsoleErrors: [null, { option: true }],
  connected: [true, { option: true }],
  // On the context, so that every page of a test (a second tab too) starts the same way.
  context: async ({ context, connected }, use) => {
    await context.addInitScript(reportCspViolations);
    if (connected) await context.addInitScript(connectAsUser, TOKEN);
    await use(context);
  },
  pageErrors: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (allowConsoleErrors?.test(text)) return;
        errors.push(`console.error: ${text}`);
      });
      await use(errors);
      expect(errors, "page errors or console errors during the test").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Fetches from the emulator directly (not through the app), parsed by the API's own schema. */
export async function api<S extends $ZodType>(path: string, schema: S): Promise<output<S>> {
  const response = await fetch(`${API}${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  if (!response.ok) throw new Error(`${path} → ${response.status} ${await response.text()}`);
  return parse(schema, await response.json());
}

export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    ),
  ).toEqual([]);
}
