import { z } from "zod";
import { type Db, select } from "./db.ts";

/** A versioned schema change; each runs once, in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Applies the migrations not yet recorded in `schema_migrations`; returns the versions applied. */
export async function runMigrations(db: Db, migrations: readonly Migration[]): Promise<number[]> {
  await db.exec(
    "create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())",
  );
  const done = new Set(
    (await select(db, z.object({ version: z.number() }), "select version from schema_migrations")).map(
      (r) => r.version,
    ),
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [
        migration.version,
        migration.name,
      ]);
    });
    applied.push(migration.version);
  }
  return applied;
}
