import { execSync } from "node:child_process";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/chromium.ts";
import { connectAsUser } from "../../e2e/connect-as-user.ts";
import { startServer } from "./servers.ts";

export interface BrowserBenchOptions {
  /** The seeded emulator data folder (from `openBenchDb`, closed before this starts). */
  dataDir: string;
  emulatorPort: number;
  appPort: number;
  /** Where the production build goes; emptied first. */
  dist: string;
}

export interface BrowserBench {
  /** `http://127.0.0.1:<appPort><path>`. */
  url: (path: string) => string;
  /** A page connected as the emulator's user, with `probe` installed before any script of the app. */
  newPage: (probe: () => void) => Promise<Page>;
  /**
   * Opens `path` twice, waiting each time until `painted()` holds in the page: the second visit
   * finds the servers' caches warm, as a person's second visit would.
   */
  openWarm: (page: Page, path: string, painted: () => boolean) => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * The production build under `vite preview` (proxying the API) against the emulator on a seeded
 * database, and Debian's Chromium: what the browser benchmarks measure.
 */
export async function startBrowserBench(options: BrowserBenchOptions): Promise<BrowserBench> {
  const { dataDir, emulatorPort, appPort, dist } = options;
  execSync(`npx vite build --outDir ${dist} --emptyOutDir`, { stdio: "ignore" });
  const emulator = await startServer(
    "emulator",
    "node",
    [
      "--import",
      "tsx",
      "emulator/main.ts",
      "--port",
      String(emulatorPort),
      "--data",
      dataDir,
      "--token",
      "dev-token",
    ],
    /ready http/,
  );
  const stops: (() => Promise<void>)[] = [emulator.stop];
  const stop = async () => {
    for (const next of stops.reverse()) await next();
  };
  try {
    const preview = await startServer(
      "preview",
      "npx",
      ["vite", "preview", "--port", String(appPort), "--strictPort", "--outDir", dist],
      /Local:/,
      { KANBERT_PROXY_TARGET: `http://127.0.0.1:${emulatorPort}` },
    );
    stops.push(preview.stop);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    stops.push(() => browser.close());
    const newPage = async (probe: () => void) => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // tsx compiles with esbuild's keepNames, so functions sent to the page call `__name`.
      await page.addInitScript("globalThis.__name = (fn) => fn;");
      await page.addInitScript(probe);
      // No token is built in: connect as a user who entered the emulator's token in Settings.
      await page.addInitScript(connectAsUser, "dev-token");
      return page;
    };
    const url = (path: string) => `http://127.0.0.1:${appPort}${path}`;
    const openWarm = async (page: Page, path: string, painted: () => boolean) => {
      for (let visit = 0; visit < 2; visit++) {
        await page.goto(url(path));
        await page.waitForFunction(painted);
      }
    };
    return { url, newPage, openWarm, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
