import { openPglite } from "../backend/db/pglite.ts";
import { migrate } from "../emulator/db/migrations.ts";
import { seed } from "../emulator/db/seed.ts";
import { table } from "./lib/stats.ts";

/** Seed time of the emulator's generator into an in-memory PGlite, for a few sizes. */
const SIZES = (process.env.BENCH_SEED_SIZES ?? "2000,100000").split(",").map(Number);

export async function run(): Promise<void> {
  const rows: string[][] = [];
  for (const clients of SIZES) {
    const db = await openPglite();
    try {
      const opened = performance.now();
      await migrate(db);
      const started = performance.now();
      const counts = await seed(db, { clients, tokens: ["bench-token"] });
      const seconds = (performance.now() - started) / 1000;
      rows.push([
        clients.toLocaleString("en"),
        `${counts.projects} / ${counts.tasks} / ${counts.comments}`,
        `${((started - opened) / 1000).toFixed(1)} s`,
        `${seconds.toFixed(1)} s`,
      ]);
    } finally {
      await db.close();
    }
  }
  console.log(table(["clients", "projects / tasks / comments", "migrate", "seed"], rows));
  console.log("target: 100,000 clients seeded in under 60 s");
}
