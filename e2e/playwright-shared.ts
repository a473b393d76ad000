import type { PlaywrightTestConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.ts";

type WebServer = Exclude<NonNullable<PlaywrightTestConfig["webServer"]>, readonly unknown[]>;

/**
 * What both Playwright configs share: the ports and build folder (moved by E2E_EMULATOR_PORT,
 * E2E_APP_PORT and E2E_OUT_DIR so that two runs on one machine do not collide), one worker in
 * Debian's Chromium, timeouts, the reporter, and the two servers — the emulator on a fresh
 * in-memory database and the production server over the build.
 */
export function e2eSetup(defaults: { emulatorPort: number; appPort: number; report: string }) {
  const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? defaults.emulatorPort);
  const appPort = Number(process.env.E2E_APP_PORT ?? defaults.appPort);
  const outDir = process.env.E2E_OUT_DIR ?? "dist";
  const reportDir = process.env.TEST_REPORT_DIR;

  const config = {
    fullyParallel: false,
    workers: 1,
    retries: 0,
    forbidOnly: true,
    timeout: 60_000,
    expect: { timeout: 10_000 },
    reporter: reportDir
      ? [["list"], ["json", { outputFile: `${reportDir}/${defaults.report}` }]]
      : [["list"]],
    use: {
      baseURL: `http://127.0.0.1:${appPort}`,
      trace: "retain-on-failure",
      launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    },
  } satisfies PlaywrightTestConfig;

  /** The emulator on a fresh in-memory database, with `flags` added (seed size, …). */
  const emulator = (flags: string): WebServer => ({
    command: `node --import tsx emulator/main.ts --port ${emulatorPort} --data memory ${flags}`,
    url: `http://127.0.0.1:${emulatorPort}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
  });

  /** The production server over the build, proxying to the emulator; `env` and `extra` add to it. */
  const server = (env: Record<string, string> = {}, extra: Partial<WebServer> = {}): WebServer => ({
    command: "node --import tsx server/main.ts",
    url: `http://127.0.0.1:${appPort}/healthz`,
    env: {
      HOST: "127.0.0.1",
      PORT: String(appPort),
      DIST_DIR: outDir,
      KANBERT_BASE_URL: `http://127.0.0.1:${emulatorPort}/api/v1`,
      ...env,
    },
    reuseExistingServer: false,
    timeout: 60_000,
    ...extra,
  });

  return { config, emulator, server, emulatorPort };
}
