import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/chromium.ts";
import { giveServerToken } from "./server-token.ts";
import { startServer } from "./servers.ts";

export interface LighthouseFigures {
  /** Why Lighthouse could not score performance in this run (its runtime error or a metric's), if it could not. */
  failure: string | null;
  performance: number;
  accessibility: number;
  tbt: number;
  cls: number;
  lcp: number;
  /** Accessibility audits that failed, by id (for the score below 1). */
  failedAccessibility: string[];
  /** Where the blocking time comes from: the main thread's tasks over 50 ms (simulated), longest first. */
  longTasks: LongTask[];
  /** Main-thread time by kind (script evaluation, style & layout, …), in simulated ms, largest first. */
  mainThread: { kind: string; ms: number }[];
}

interface LongTask {
  /** The script Lighthouse attributes the task to (file name only), or what it says instead. */
  script: string;
  /** Simulated ms (mobile, 4× CPU slowdown). */
  duration: number;
  /** Simulated ms from navigation start. */
  start: number;
}

/** The rows of a Lighthouse table audit (`details.items`), each a plain record. */
function auditItems(audit: { details?: unknown } | undefined): Record<string, unknown>[] {
  const details = audit?.details;
  if (typeof details !== "object" || details === null || !("items" in details)) return [];
  const { items } = details;
  return Array.isArray(items)
    ? items.filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null)
    : [];
}

const numberOf = (value: unknown) => (typeof value === "number" ? value : Number.NaN);
const textOf = (value: unknown) => (typeof value === "string" ? value : String(value));

const DEBUG_PORT = 8893;
/** Lighthouse's mobile screen (12.2.3's default emulation): the viewport the app runs in there. */
const LIGHTHOUSE_VIEWPORT = { width: 412, height: 823 };

/**
 * One Lighthouse run (12.2.3 defaults: mobile, simulated throttling) of `url` in a fresh Chromium
 * profile. No token is built in, so the profile first gets one as a user who ticked "Remember on
 * this device" would have it (localStorage, and the server's cookie the app sets), set on the
 * server's `/healthz` so that no app file is cached; Lighthouse then keeps that storage
 * (`disableStorageReset`) and starts with a cold cache.
 */
export async function runLighthouse(url: string, token: string): Promise<LighthouseFigures> {
  const profile = mkdtempSync(join(tmpdir(), "kanbert-lh-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      viewport: LIGHTHOUSE_VIEWPORT,
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
    await giveServerToken(page, token);
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
      const { categories, audits, runtimeError } = result.lhr;
      const metricErrors = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time"]
        .map((id) => audits[id]?.errorMessage)
        .filter((message): message is string => typeof message === "string");
      const scored = typeof categories.performance?.score === "number";
      return {
        failure: scored ? null : (runtimeError?.message ?? metricErrors[0] ?? "no performance score"),
        performance: categories.performance?.score ?? Number.NaN,
        accessibility: categories.accessibility?.score ?? Number.NaN,
        tbt: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
        cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
        lcp: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
        failedAccessibility: (categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
          .map((ref) => ref.id),
        longTasks: auditItems(audits["long-tasks"])
          .map((item) => ({
            script: textOf(item.url).split("/").pop() ?? "",
            duration: numberOf(item.duration),
            start: numberOf(item.startTime),
          }))
          .filter((task) => task.duration > 50),
        mainThread: auditItems(audits["mainthread-work-breakdown"]).map((item) => ({
          kind: textOf(item.groupLabel),
          ms: numberOf(item.duration),
        })),
      };
    } finally {
      await browser.stop();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
