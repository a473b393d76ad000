import type { Db } from "../../backend/db/db.ts";
import { openPglite } from "../../backend/db/pglite.ts";
import { migrate } from "../../emulator/db/migrations.ts";
import { isSeeded, seed } from "../../emulator/db/seed.ts";

export const BENCH_TOKEN = "bench-token";

/**
 * A PGlite data folder seeded with `clients` clients by the emulator's own generator, kept on disk
 * (default `/tmp/kanbert-bench-<clients>`, or `BENCH_DATA_DIR`) so later runs reopen it in about a
 * second instead of seeding again. Delete the folder to start over.
 */
export async function openBenchDb(clients: number): Promise<{ db: Db; dir: string; seededNow: boolean }> {
  const dir = process.env.BENCH_DATA_DIR ?? `/tmp/kanbert-bench-${clients}`;
  const db = await openPglite({ dataDir: dir });
  await migrate(db);
  if (await isSeeded(db)) return { db, dir, seededNow: false };
  const started = Date.now();
  let last = 0;
  const counts = await seed(db, {
    clients,
    tokens: [BENCH_TOKEN],
    onProgress: (message) => {
      if (Date.now() - last > 5_000) console.log(`  ${message}`);
      last = Date.now();
    },
  });
  await db.exec("analyze");
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `  seeded ${counts.clients} clients, ${counts.projects} projects, ${counts.tasks} tasks in ${seconds} s`,
  );
  return { db, dir, seededNow: true };
}
