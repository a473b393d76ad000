import { defineConfig } from "@playwright/test";
import { e2eSetup } from "./e2e/playwright-shared.ts";

// Bulk actions against a rate-limited emulator (`--rate-limit`, requests per minute per token): the
// run meets 429s with Retry-After and still ends with 0 failures. Its own emulator and production
// server, so the main run's emulator stays unlimited. Ports and build folder can be moved like the
// main config's (the same E2E_* variables, read by e2e/fixtures.ts too).
const e2e = e2eSetup({ emulatorPort: 8793, appPort: 4181, report: "playwright-rate-limit.json" });
process.env.E2E_EMULATOR_PORT = String(e2e.emulatorPort);
/** Requests per minute per token: a bulk run over the 77 seeded active clients must wait once. */
const RATE_LIMIT = 60;

export default defineConfig({
  ...e2e.config,
  testDir: "e2e/rate-limit",
  timeout: 240_000,
  webServer: [e2e.emulator(`--clients 80 --rate-limit ${RATE_LIMIT}`), e2e.server()],
});
