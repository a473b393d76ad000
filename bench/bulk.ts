import { execSync } from "node:child_process";
import { loadavg } from "node:os";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium.ts";
import { connectAsUser } from "../e2e/connect-as-user.ts";
import { startScrollProbe, stopScrollProbe } from "./bulk-probes.ts";
import { startServer } from "./lib/servers.ts";
import { table } from "./lib/stats.ts";
import { installProbe } from "./page-probes.ts";

/**
 * Archive 1,000 clients through the UI's bulk queue ("all matching" a search, Delete, confirm) in
 * Chromium, against the production build on the production server and the emulator: time,
 * requests per second, the longest main-thread task while it runs, and whether the table (the
 * whole list, the search cleared once the run started) keeps scrolling (frames painted, scrolls
 * that moved). The emulator seeds 200 clients besides. Ports: BENCH_EMULATOR_PORT, BENCH_APP_PORT.
 */

const EMULATOR_PORT = Number(process.env.BENCH_EMULATOR_PORT ?? 8898);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4898);
const DIST = "/tmp/kanbert-bench-dist-bulk";
const CLIENTS = 1_000;
const PREFIX = "Bench bulk";
const TOKEN = "dev-token";

async function createClients(): Promise<void> {
  const api = `http://127.0.0.1:${EMULATOR_PORT}/api/v1/clients`;
  let next = 0;
  const worker = async () => {
    while (next < CLIENTS) {
      const n = next++;
      const response = await fetch(api, {
        method: "POST",
        headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify({ name: `${PREFIX} ${String(n).padStart(4, "0")}`, segment: "B" }),
      });
      if (response.status !== 201) throw new Error(`POST /clients → ${response.status}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

export async function run(): Promise<void> {
  execSync(`npx vite build --outDir ${DIST} --emptyOutDir`, { stdio: "ignore" });
  const emulator = await startServer(
    "emulator",
    "node",
    [
      "--import",
      "tsx",
      "emulator/main.ts",
      "--port",
      String(EMULATOR_PORT),
      "--data",
      "memory",
      "--clients",
      "200",
    ],
    /ready http/,
  );
  const server = await startServer("server", "node", ["--import", "tsx", "server/main.ts"], /ready http/, {
    HOST: "127.0.0.1",
    PORT: String(APP_PORT),
    DIST_DIR: DIST,
    KANBERT_BASE_URL: `http://127.0.0.1:${EMULATOR_PORT}/api/v1`,
  }).catch(async (error: unknown) => {
    await emulator.stop();
    throw error;
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await createClients();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx compiles with esbuild's keepNames, so functions sent to the page call `__name`.
    await page.addInitScript("globalThis.__name = (fn) => fn;");
    await page.addInitScript(installProbe);
    await page.addInitScript(connectAsUser, TOKEN);
    // The search narrows the view to the 1,000; once the run has started the search is cleared, so
    // the table scrolled meanwhile is the whole list (the 1,000 leave it as the run goes).
    await page.goto(`http://127.0.0.1:${APP_PORT}/clients?sort=name`);
    const search = page.getByRole("searchbox").first();
    await search.fill(PREFIX);
    // The search applies after its debounce: wait for it in the URL, not just for a row.
    await page.waitForURL(/[?&]filter=/);
    await page.getByRole("link", { name: `${PREFIX} 0000` }).waitFor();
    await page.getByRole("checkbox", { name: "Select all loaded clients" }).check();
    const bar = page.getByRole("toolbar", { name: "Bulk actions" });
    await bar.getByRole("button", { name: "Select all clients that match this filter" }).click();
    await bar.getByRole("button", { name: "Delete selected" }).click();

    let deletes = 0;
    let apiRequests = 0;
    page.on("request", (request) => {
      if (!request.url().includes("/api/v1/")) return;
      apiRequests++;
      if (request.method() === "DELETE") deletes++;
    });
    const load = loadavg()[0] ?? Number.NaN;
    await page.evaluate(startScrollProbe);
    const startedAt = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.getByRole("button", { name: "Delete all matching clients", exact: true }).click();
    await search.fill("");
    const result = page.getByText(/^\d+ archived · \d+ failed$/);
    await result.waitFor({ timeout: 30 * 60_000 });
    const seconds = (Date.now() - started) / 1000;
    const scroll = await page.evaluate(stopScrollProbe);
    const endedAt = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(
      ([from, to]) => window.__bench.longTasks.filter((t) => t.start >= from && t.start <= to),
      [startedAt, endedAt] as const,
    );
    const longest = tasks.reduce((max, t) => Math.max(max, t.duration), 0);
    const fps = scroll.frames / (scroll.ranFor / 1000);
    console.log(
      table(
        ["figure", "measured", "target"],
        [
          ["result", (await result.textContent()) ?? "", `${CLIENTS} archived · 0 failed`],
          ["time to archive (confirm → result)", `${seconds.toFixed(1)} s`, ""],
          ["DELETE requests per second", `${(deletes / seconds).toFixed(1)} (${deletes} in all)`, ""],
          [
            "API requests per second (all)",
            `${(apiRequests / seconds).toFixed(1)} (${apiRequests} in all)`,
            "",
          ],
          [
            "long tasks (> 50 ms) while it runs",
            `${tasks.length}${tasks.length ? ` (longest ${longest.toFixed(0)} ms)` : ""}`,
            "0",
          ],
          [
            "frames painted while it runs",
            `${fps.toFixed(0)} per s (longest gap ${scroll.longestFrameGap.toFixed(0)} ms)`,
            "",
          ],
          ["table scrolls that moved while it runs", `${scroll.moved} of ${scroll.scrolls}`, "all"],
          ["load average (1 min) at the start", load.toFixed(1), ""],
        ],
      ),
    );
  } finally {
    await browser.close();
    await server.stop();
    await emulator.stop();
  }
}
