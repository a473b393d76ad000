import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { z } from "zod";
import { type Db, type Queryable, select, selectOne } from "../../backend/db/db.ts";
import { openPgliteWorker } from "../../backend/db/pglite-thread.ts";
import { openPostgres } from "../../backend/db/postgres.ts";
import { migrateMirror } from "./schema.ts";

/**
 * The mirror's store: PostgreSQL when `databaseUrl` is set, else PGlite on disk (`dataDir`) in a
 * worker thread, so the server keeps serving files and acks while the database works.
 */
export async function openMirrorDb(options: { databaseUrl?: string; dataDir: string }): Promise<Db> {
  const db = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openPgliteWorker(options.dataDir === "memory" ? {} : { dataDir: resolve(options.dataDir) });
  await migrateMirror(db);
  return db;
}

/** Since when the store has been receiving: history before it cannot be fetched from Kanbert's API. */
export async function listeningSince(db: Queryable): Promise<string> {
  const row = await selectOne(
    db,
    z.object({ value: z.string() }),
    "select value from mirror_meta where key = 'listening_since'",
  );
  return row?.value ?? "";
}

export const Secret = z.object({
  id: z.string(),
  project_id: z.string().nullable(),
  secret: z.string(),
  source: z.enum(["subscribe", "manual"]),
});
export type Secret = z.infer<typeof Secret>;

export function listSecrets(db: Queryable): Promise<Secret[]> {
  return select(
    db,
    Secret,
    "select id, project_id, secret, source from mirror_secrets order by created_at, id",
  );
}

/** `id`: the webhook's id in Kanbert (from subscribe) or a name given by hand. */
export async function addSecret(
  db: Queryable,
  secret: Omit<Secret, "id"> & { id?: string },
): Promise<string> {
  const id = secret.id ?? randomUUID();
  await db.query(
    `insert into mirror_secrets (id, project_id, secret, source) values ($1, $2, $3, $4)
     on conflict (id) do update set project_id = excluded.project_id, secret = excluded.secret, source = excluded.source`,
    [id, secret.project_id, secret.secret, secret.source],
  );
  return id;
}

export async function removeSecret(db: Queryable, id: string): Promise<boolean> {
  const { affectedRows } = await db.query("delete from mirror_secrets where id = $1", [id]);
  return affectedRows > 0;
}
