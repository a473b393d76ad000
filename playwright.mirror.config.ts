import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/chromium.ts";

// The comments mirror end to end: the emulator answers like the real Kanbert (`--no-extensions`:
// no comment listing), delivers signed webhooks to the production server, which stores them and
// answers the dashboard's comment listing itself. The server subscribes on start
// (MIRROR_RESUBSCRIBE_MIN). Ports and build folder can be moved like the main config's.
const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 8792);
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4180);
const OUT_DIR = process.env.E2E_OUT_DIR ?? "dist";

export default defineConfig({
  testDir: "e2e/mirror",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.TEST_REPORT_DIR
    ? [["list"], ["json", { outputFile: `${process.env.TEST_REPORT_DIR}/playwright-mirror.json` }]]
    : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `node --import tsx emulator/main.ts --port ${EMULATOR_PORT} --data memory --clients 40 --no-extensions --webhook-debounce-ms 200 --webhook-backoff-ms 300`,
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
        COMMENTS_MIRROR: "1",
        COMMENTS_DATA: "memory",
        KANBERT_TOKEN: "dev-token",
        MIRROR_RESUBSCRIBE_MIN: "1",
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
    },
  ],
});
