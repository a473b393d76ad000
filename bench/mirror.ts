import { openPglite } from "../backend/db/pglite.ts";
import { sign } from "../backend/webhooks/signature.ts";
import { mirrorRoutes } from "../server/mirror/routes.ts";
import { migrateMirror } from "../server/mirror/schema.ts";
import { addSecret } from "../server/mirror/store.ts";
import { comment, MEMBER } from "../server/mirror/test/fixtures.ts";
import { percentile, table, timeEach } from "./lib/stats.ts";

/**
 * The comments mirror, in-process through `app.request` (no socket), PGlite in memory:
 * 1. DELIVERIES signed `comment:create` deliveries, CONCURRENCY at a time: stored per second and
 *    the ack time (p50/p99) of each;
 * 2. the listing's p50/p95 on 100,000 mirrored comments (bulk-loaded over 1,000 clients' tasks):
 *    a client's threads as the dashboard asks for them, and the whole list, first page.
 */

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const SECRET = "bench-secret";

/** A `comment:create` delivery body: the mirror tests' comment, numbered. */
function delivery(n: number): string {
  return JSON.stringify({
    event: "comment:create",
    data: comment(`d-${n}`, { comment: `<p>Delivery ${n}</p>` }),
  });
}

/** 100,000 comments over 1,000 clients × 5 tasks, one statement per table. */
async function bulkLoad(db: Awaited<ReturnType<typeof openPglite>>): Promise<void> {
  await db.exec(`
insert into spaces (id, name) values ('s-bench', 'Bench') on conflict do nothing;
insert into users (id, first_name, last_name, email, type, space_id)
  values ('u-bench', 'Bea', 'Bench', 'bea@bench.test', 'user', 's-bench') on conflict do nothing;
insert into tasks (id, project_id, client_id, uri, title, status, type, created_at, updated_at)
  select 'bt-' || n, 'bp-' || (n / 5), 'bc-' || (n / 5), 'BT-' || n, 'Task ' || n, 'WIP', 'task', now(), now()
  from generate_series(0, 4999) n;
insert into comments (id, task_id, parent_comment_id, author_id, body, is_public, created_at, updated_at)
  select 'bk-' || n, 'bt-' || (n % 5000), null, 'u-bench', '<p>Comment ' || n || '</p>', n % 7 <> 0,
    timestamptz '2026-01-01' + n * interval '1 minute', timestamptz '2026-01-01' + n * interval '1 minute'
  from generate_series(0, ${COMMENTS - 1}) n;
analyze;`);
}

export async function run(): Promise<void> {
  const db = await openPglite();
  try {
    await migrateMirror(db);
    await addSecret(db, { id: "bench", project_id: null, secret: SECRET, source: "manual" });
    const app = mirrorRoutes({
      db,
      kanbertBaseUrl: "http://kanbert.bench/api/v1",
      signatureHeader: "X-Kanbert-Signature",
      signatureEncoding: "hex",
      maxBodyBytes: 1_048_576,
      fetch: async () => Response.json(MEMBER),
    });

    // 1. Deliveries.
    const acks: number[] = [];
    let next = 0;
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < DELIVERIES) {
          const body = delivery(next++);
          const t0 = performance.now();
          const res = await app.request("/webhooks/kanbert", {
            method: "POST",
            headers: { "Content-Type": "application/json", "X-Kanbert-Signature": sign(SECRET, body) },
            body,
          });
          acks.push(performance.now() - t0);
          if (res.status !== 200) failures++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const { rows } = await db.query("select count(*)::int as n from comments where id like 'd-%'");
    console.log(
      table(
        ["deliveries", "concurrency", "stored", "failed", "stored/s", "ack p50 ms", "ack p99 ms"],
        [
          [
            String(DELIVERIES),
            String(CONCURRENCY),
            String(rows[0]?.n),
            String(failures),
            (DELIVERIES / seconds).toFixed(0),
            percentile(acks, 50).toFixed(1),
            percentile(acks, 99).toFixed(1),
          ],
        ],
      ),
    );

    // 2. Listing on COMMENTS mirrored comments.
    const loadStart = performance.now();
    await bulkLoad(db);
    console.log(
      `\nbulk-loaded ${COMMENTS} comments in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
    );
    const headers = { Authorization: "Bearer bench" };
    const queries: [string, string][] = [
      [
        "a client's threads (dashboard)",
        `filter=${encodeURIComponent('task.client_id eq "bc-500"')}&sort=-created_at&include=task&page%5Bsize%5D=20`,
      ],
      ["all, newest first", "sort=-created_at&page%5Bsize%5D=20"],
    ];
    const rowsOut: string[][] = [];
    for (const [label, query] of queries) {
      const samples = await timeEach(SAMPLES, async () => {
        const res = await app.request(`/api/v1/tasks/comments?${query}`, { headers });
        if (res.status !== 200) throw new Error(`${label}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      });
      rowsOut.push([label, percentile(samples, 50).toFixed(1), percentile(samples, 95).toFixed(1)]);
    }
    console.log(table([`listing on ${COMMENTS} comments`, "p50 ms", "p95 ms"], rowsOut));
  } finally {
    await db.close();
  }
}
