import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/chromium.ts";

// e2e runs the built app under the production server (server/, CSP enforced) against a real
// emulator on a fresh in-memory database.
// Ports and build folder can be moved so that two runs on one machine do not collide.
const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 8791);
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4179);
const OUT_DIR = process.env.E2E_OUT_DIR ?? "dist";

export default defineConfig({
  testDir: "e2e",
  // The comments mirror and the rate-limited emulator have their own servers:
  // playwright.mirror.config.ts, playwright.rate-limit.config.ts.
  testIgnore: ["mirror/**", "rate-limit/**"],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.TEST_REPORT_DIR
    ? [["list"], ["json", { outputFile: `${process.env.TEST_REPORT_DIR}/playwright.json` }]]
    : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `node --import tsx emulator/main.ts --port ${EMULATOR_PORT} --data memory --clients 300`,
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
