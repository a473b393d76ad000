import { z } from "zod";
import { createApp } from "../emulator/app.ts";
import { BENCH_TOKEN, openBenchDb } from "./lib/seeded-db.ts";
import { percentile, table, timeEach } from "./lib/stats.ts";

/**
 * Latency of filtered `GET /clients/full?include=projects&page[size]=50` on 100,000 seeded
 * clients, in-process through `app.request` (no socket): p50/p95 of the first page and of a page
 * DEPTH pages deep (reached once by walking cursors), per filter. Targets: p95 ≤ 20 ms and
 * deep/first ≤ 1.5. `me.id` is the bench token's user (the integration user).
 */

const CLIENTS = 100_000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const DEPTH = Number(process.env.BENCH_DEPTH ?? 1_000);
const SORT = process.env.BENCH_SORT ?? "";

const FILTERS: readonly (readonly [label: string, filter: string])[] = [
  // No filter has 1,000 pages of 50 at this size; the baseline shows a page truly 1,000 deep.
  ["0 no filter (baseline)", ""],
  ["1 name contains", 'name contains "an"'],
  ["2 segment in", 'segment in ["A", "C"]'],
  ["3 primary_contact me", "primary_contact.id eq me.id"],
  ["4 projects any", 'projects any (status eq "running" and is_acquisition eq true)'],
  [
    "5 and/or tree",
    '(segment eq "A" or (segment eq "C" and projects.count >= 2)) and (shortcode isnotnull or primary_contact.id isnull)',
  ],
];

const Page = z.object({ data: z.array(z.unknown()), meta: z.object({ next_cursor: z.string().nullable() }) });

export async function run(): Promise<void> {
  const { db, dir, seededNow } = await openBenchDb(CLIENTS);
  console.log(
    `database: PGlite at ${dir} (${seededNow ? "seeded now" : "reused"}); requests in-process via app.request`,
  );
  try {
    const app = createApp({ db, now: () => new Date("2026-11-20T12:00:00Z") });
    const headers = { Authorization: `Bearer ${BENCH_TOKEN}` };
    const get = async (filter: string, cursor: string | null) => {
      const query = new URLSearchParams({ include: "projects", "page[size]": "50" });
      if (filter !== "") query.set("filter", filter);
      if (SORT !== "") query.set("sort", SORT);
      if (cursor !== null) query.set("page[cursor]", cursor);
      const response = await app.request(`/api/v1/clients/full?${query}`, { headers });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`${response.status} for ${filter}: ${text}`);
      return Page.parse(JSON.parse(text));
    };

    const rows: string[][] = [];
    for (const [label, filter] of FILTERS) {
      await timeEach(20, () => get(filter, null));
      const first = await timeEach(SAMPLES, () => get(filter, null));
      let cursor: string | null = null;
      let page = 1;
      let next = (await get(filter, null)).meta.next_cursor;
      while (next !== null && page < DEPTH) {
        cursor = next;
        page++;
        next = (await get(filter, cursor)).meta.next_cursor;
      }
      const deepCursor = cursor;
      const deep = await timeEach(SAMPLES, () => get(filter, deepCursor));
      const [f50, f95, d50, d95] = [
        percentile(first, 50),
        percentile(first, 95),
        percentile(deep, 50),
        percentile(deep, 95),
      ];
      rows.push([
        label,
        f50.toFixed(1),
        f95.toFixed(1),
        d50.toFixed(1),
        d95.toFixed(1),
        String(page),
        (d50 / f50).toFixed(2),
        (d95 / f95).toFixed(2),
      ]);
      console.log(`  ${label}: done (deep page ${page})`);
    }
    const header = [
      "filter",
      "first p50",
      "first p95",
      "deep p50",
      "deep p95",
      "deep page",
      "ratio p50",
      "ratio p95",
    ];
    console.log(
      `\nms over ${SAMPLES} requests each; sort ${SORT === "" ? "(default: id)" : SORT}\n${table(header, rows)}`,
    );
  } finally {
    await db.close();
  }
}
