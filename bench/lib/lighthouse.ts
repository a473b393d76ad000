import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/chromium.ts";
import { startServer } from "./servers.ts";

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  tbt: number;
  cls: number;
  lcp: number;
  /** Accessibility audits that failed, by id (for the score below 1). */
  failedAccessibility: string[];
}

const DEBUG_PORT = 8893;

/**
 * One Lighthouse run (12.2.3 defaults: mobile, simulated throttling) of `url` in a fresh Chromium
 * profile. No token is built in, so the profile first gets one as a user who ticked "Remember on
 * this device" would have it (localStorage), set on the server's `/healthz` so that no app file is
 * cached; Lighthouse then keeps that storage (`disableStorageReset`) and starts with a cold cache.
 */
export async function runLighthouse(url: string, token: string): Promise<LighthouseFigures> {
  const profile = mkdtempSync(join(tmpdir(), "kanbert-lh-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    const page = await context.newPage();
    await page.goto(new URL("/healthz", url).toString());
    await page.evaluate((value) => {
      localStorage.setItem(
        "kanbert.connection",
        JSON.stringify({ baseUrl: "/api/v1", remember: true, disconnected: false }),
      );
      localStorage.setItem("kanbert.token", value);
    }, token);
    await context.close();

    const browser = await startServer(
      "chromium",
      CHROMIUM_PATH,
      [
        ...CHROMIUM_ARGS,
        `--remote-debugging-port=${DEBUG_PORT}`,
        `--user-data-dir=${profile}`,
        "about:blank",
      ],
      /DevTools listening/,
    );
    try {
      const result = await lighthouse(url, {
        port: DEBUG_PORT,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        disableStorageReset: true,
      });
      if (!result) throw new Error("Lighthouse returned no result");
      const { categories, audits } = result.lhr;
      return {
        performance: categories.performance?.score ?? Number.NaN,
        accessibility: categories.accessibility?.score ?? Number.NaN,
        tbt: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
        cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
        lcp: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
        failedAccessibility: (categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
          .map((ref) => ref.id),
      };
    } finally {
      await browser.stop();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
