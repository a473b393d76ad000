import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/chromium.ts";

// Bulk actions against a rate-limited emulator (`--rate-limit`, requests per minute per token): the
// run meets 429s with Retry-After and still ends with 0 failures. Its own emulator and production
// server, so the main run's emulator stays unlimited. Ports and build folder can be moved like the
// main config's (the same E2E_* variables, read by e2e/fixtures.ts too).
const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 8793);
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4181);
const OUT_DIR = process.env.E2E_OUT_DIR ?? "dist";
process.env.E2E_EMULATOR_PORT = String(EMULATOR_PORT);
/** Requests per minute per token: a bulk run over the 77 seeded active clients must wait once. */
const RATE_LIMIT = 60;

export default defineConfig({
  testDir: "e2e/rate-limit",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 240_000,
  expect: { timeout: 10_000 },
  reporter: process.env.TEST_REPORT_DIR
    ? [["list"], ["json", { outputFile: `${process.env.TEST_REPORT_DIR}/playwright-rate-limit.json` }]]
    : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `node --import tsx emulator/main.ts --port ${EMULATOR_PORT} --data memory --clients 80 --rate-limit ${RATE_LIMIT}`,
      url: `http://127.0.0.1:${EMULATOR_PORT}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
    },
    {
      command: "node --import tsx server/main.ts",
      url: `http://127.0.0.1:${APP_PORT}/healthz`,
      env: {
        HOST: "127.0.0.1",
        PORT: String(APP_PORT),
        DIST_DIR: OUT_DIR,
        KANBERT_BASE_URL: `http://127.0.0.1:${EMULATOR_PORT}/api/v1`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
