import { createHash } from "node:crypto";
import { z } from "zod";
import { type Db, type Queryable, selectOne } from "../../backend/db/db.ts";
import { INTEGRATION_SLUG, INTEGRATION_USER_ID } from "../config.ts";
import { BULK_LOAD_INDEXES } from "./migrations.ts";
import { Prng } from "./prng.ts";
import { addClient } from "./seed-clients.ts";
import { makeProjectTypes, makeSpaces, makeUsers } from "./seed-people.ts";
import { makeProjects } from "./seed-projects.ts";
import { type Batch, emptyBatch, type SeedCounts, type SeedWorld } from "./seed-types.ts";
import { seedXssLab } from "./seed-xss.ts";

export interface SeedOptions {
  clients: number;
  /** Bearer tokens to register for the integration user. */
  tokens: readonly string[];
  seed?: number;
  /** "Now" of the generated history; fixed so the same arguments give the same data. */
  anchor?: string;
  onProgress?: (message: string) => void;
}

const CHUNK = 5_000;

/** Column name → SQL type, in table order; names are constants, never user input. */
const COLUMNS: Record<keyof Batch | "spaces" | "users" | "project_types", string> = {
  spaces: "id text, name text, is_home boolean",
  users: "id text, first_name text, last_name text, email text, type text, space_id text",
  project_types: "id text, title text, shortcode text, color text, sort_order integer, is_default boolean",
  clients:
    "id text, name text, shortcode text, segment text, primary_contact_id text, origin_space_id text, external_id text, external_origin text, created_at timestamptz, updated_at timestamptz, deleted_at timestamptz",
  projects:
    "id text, client_id text, project_type_id text, external_id text, external_origin text, title text, description text, shortcode text, po_number text, status text, is_acquisition boolean, is_private boolean, start_date date, end_date date, created_at timestamptz, updated_at timestamptz",
  tasks:
    "id text, project_id text, client_id text, parent_task_id text, external_id text, external_origin text, uri text, title text, description text, status text, type text, estimated_hours double precision, is_onhold boolean, is_public boolean, due_date date, assignee_id text, completed_at timestamptz, closed_at timestamptz, list_sorting double precision, created_at timestamptz, updated_at timestamptz",
  comments:
    "id text, task_id text, parent_comment_id text, author_id text, external_id text, external_origin text, body text, is_public boolean, created_at timestamptz, updated_at timestamptz",
  comment_files:
    "id text, comment_id text, file_name text, mime_type text, size integer, created_at timestamptz",
};

async function insertRows(
  db: Queryable,
  table: keyof typeof COLUMNS,
  rows: readonly object[],
): Promise<void> {
  const columns = COLUMNS[table];
  const names = columns
    .split(",")
    .map((c) => c.trim().split(" ")[0])
    .join(", ");
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db.query(
      `insert into ${table} (${names}) select ${names} from json_to_recordset($1::json) as r(${columns})`,
      [JSON.stringify(chunk)],
    );
  }
}

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Registers a bearer token for the integration user (idempotent). */
export async function registerToken(db: Queryable, token: string): Promise<void> {
  await db.query(
    `insert into tokens (token_sha256, user_id, integration_slug, name) values ($1, $2, $3, 'emulator')
     on conflict (token_sha256) do nothing`,
    [tokenHash(token), INTEGRATION_USER_ID, INTEGRATION_SLUG],
  );
}

export async function isSeeded(db: Queryable): Promise<boolean> {
  const row = await selectOne(db, z.object({ n: z.number() }), "select count(*)::int as n from spaces");
  return (row?.n ?? 0) > 0;
}

/** Fills an empty, migrated database. Same options → same rows and ids. */
export async function seed(db: Db, options: SeedOptions): Promise<SeedCounts> {
  const rng = new Prng(options.seed ?? 20_240_601);
  const spaces = makeSpaces(rng);
  const users = makeUsers(rng, spaces);
  const projectTypes = makeProjectTypes(rng);
  const home = spaces.find((s) => s.is_home);
  const partnerStaff = new Map(
    spaces.filter((s) => !s.is_home).map((s) => [s.id, users.filter((u) => u.space_id === s.id)] as const),
  );
  const world: SeedWorld = {
    rng,
    anchor: Date.parse(options.anchor ?? "2026-11-01T09:00:00Z"),
    spaces,
    staff: users.filter((u) => u.type === "user" && u.space_id === home?.id),
    partnerStaff,
    authors: users.filter((u) => u.type !== "guest"),
    projectTypes,
    shortcodeCounters: new Map(),
  };
  const counts: SeedCounts = {
    users: users.length,
    clients: 0,
    projects: 0,
    tasks: 0,
    comments: 0,
    files: 0,
  };
  const progress = options.onProgress ?? (() => {});

  // Bulk load: skip per-row FK triggers (PGlite runs as superuser; the generator keeps references
  // valid) and build secondary indexes once at the end.
  if (db.kind === "pglite") await db.exec("set session_replication_role = replica");
  await db.transaction(async (tx) => {
    for (const [name] of BULK_LOAD_INDEXES) await tx.exec(`drop index if exists ${name}`);
    await insertRows(tx, "spaces", spaces);
    await insertRows(tx, "users", users);
    await insertRows(tx, "project_types", projectTypes);
    for (const token of options.tokens) await registerToken(tx, token);
    const generated = Math.max(0, options.clients - 1); // the last client is the XSS lab (seed-xss.ts)
    for (let start = 0; start < generated; start += CHUNK) {
      const batch = emptyBatch();
      const end = Math.min(generated, start + CHUNK);
      for (let i = start; i < end; i++) makeProjects(world, batch, addClient(world, i, batch));
      await insertRows(tx, "clients", batch.clients);
      await insertRows(tx, "projects", batch.projects);
      await insertRows(tx, "tasks", batch.tasks);
      await insertRows(tx, "comments", batch.comments);
      await insertRows(tx, "comment_files", batch.comment_files);
      counts.clients += batch.clients.length;
      counts.projects += batch.projects.length;
      counts.tasks += batch.tasks.length;
      counts.comments += batch.comments.length;
      counts.files += batch.comment_files.length;
      progress(`seeding clients ${end}/${options.clients}…`);
    }
    await seedXssLab(tx, world, counts);
    progress("building indexes…");
    for (const [, sql] of BULK_LOAD_INDEXES) await tx.exec(sql);
  });
  if (db.kind === "pglite") await db.exec("set session_replication_role = default");
  await db.exec("analyze");
  return counts;
}
