import { installInboxProbe, scrollUntilThread } from "./inbox-probes.ts";
import { startBrowserBench } from "./lib/browser-bench.ts";
import { openBenchDb } from "./lib/seeded-db.ts";
import { table } from "./lib/stats.ts";

/**
 * The comments inbox (`/comments`) in a production build, in Chromium, against the emulator seeded
 * with 22,000 clients (≥ 20,000 comments): first thread painted, long tasks while scrolling 2,000
 * threads, heap after 2,000 threads. Targets from issue 16.
 */

const CLIENTS = 22_000;
const THREADS = 2_000;
// Movable, so that two runs on one machine do not collide (BENCH_DATA_DIR moves the database).
const EMULATOR_PORT = Number(process.env.BENCH_EMULATOR_PORT ?? 8922);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 8923);
const DIST = process.env.BENCH_DIST_DIR ?? "/tmp/kanbert-bench-inbox-dist";
const SERVERS = { emulatorPort: EMULATOR_PORT, appPort: APP_PORT, dist: DIST };

export async function run(): Promise<void> {
  const { db, dir } = await openBenchDb(CLIENTS);
  const { rows } = await db.query(
    "select count(*)::int as n, count(*) filter (where parent_comment_id is null)::int as top from comments",
  );
  const comments = Number(rows[0]?.n);
  const threads = Number(rows[0]?.top);
  await db.close();
  if (comments < 20_000) throw new Error(`only ${comments} comments seeded; the benchmark needs ≥ 20,000`);
  const bench = await startBrowserBench({ dataDir: dir, ...SERVERS });
  try {
    const page = await bench.newPage(installInboxProbe);
    await bench.openWarm(page, "/comments", () => window.__inbox.firstThreadAt !== null);
    const firstThread = await page.evaluate(() => window.__inbox.firstThreadAt ?? Number.NaN);

    const [start, end] = await page.evaluate(scrollUntilThread, THREADS - 1);
    const scrolling = await page.evaluate(
      ([from, to]) => window.__inbox.longTasks.filter((t) => t.start >= from && t.start <= to),
      [start, end] as const,
    );
    const inDom = await page.evaluate(() => document.querySelectorAll("[role=feed] [data-index]").length);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const longest = scrolling.reduce((max, t) => Math.max(max, t.duration), 0);
    console.log(
      table(
        ["figure", "measured", "target"],
        [
          ["seeded comments (top-level threads)", `${comments} (${threads})`, "≥ 20,000"],
          ["navigation → first thread painted", `${firstThread.toFixed(0)} ms`, "≤ 500 ms"],
          [
            `long tasks (> 50 ms) while scrolling ${THREADS} threads`,
            `${scrolling.length}${scrolling.length ? ` (longest ${longest.toFixed(0)} ms)` : ""}`,
            "0",
          ],
          [`scrolling ${THREADS} threads took`, `${((end - start) / 1000).toFixed(1)} s`, ""],
          ["thread rows in the DOM at the end", String(inDom), ""],
          [
            `JS heap after ${THREADS} threads loaded (after GC)`,
            `${(heap.usedSize / 1024 / 1024).toFixed(1)} MB`,
            "",
          ],
        ],
      ),
    );
  } finally {
    await bench.stop();
  }
}
