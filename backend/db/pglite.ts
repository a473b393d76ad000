import { mkdirSync } from "node:fs";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { Db, Queryable, Row } from "./db.ts";

function isRow(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query(sql, params = []) {
      const result = await target.query(sql, [...params]);
      return { rows: result.rows.filter(isRow), affectedRows: result.affectedRows ?? 0 };
    },
    async exec(sql) {
      await target.exec(sql);
    },
  };
}

/** `dataDir` undefined = in memory. `loadDataDir` restores a `dumpDataDir()` snapshot (tests). */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<Db & { dump(): Promise<Blob> }> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm },
  });
  const base = wrap(pg);
  return {
    kind: "pglite",
    query: base.query,
    exec: base.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
    dump: () => pg.dumpDataDir("none"),
  };
}
