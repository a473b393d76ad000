import { defineConfig } from "@playwright/test";
import { e2eSetup } from "./e2e/playwright-shared.ts";

// e2e runs the built app under the production server (server/, CSP enforced) against a real
// emulator on a fresh in-memory database.
const e2e = e2eSetup({ emulatorPort: 8791, appPort: 4179, report: "playwright.json" });

export default defineConfig({
  ...e2e.config,
  testDir: "e2e",
  // The comments mirror and the rate-limited emulator have their own servers:
  // playwright.mirror.config.ts, playwright.rate-limit.config.ts.
  testIgnore: ["mirror/**", "rate-limit/**"],
  webServer: [e2e.emulator("--clients 300"), e2e.server()],
});
