import type { Db } from "../../../backend/db/db.ts";
import { openTestDb } from "../../../backend/db/test-db.ts";
import * as fixture from "../../../src/filter/__tests__/fixture.ts";
import { migrate } from "../../db/migrations.ts";

/** A fresh migrated test database (PGlite, or PostgreSQL — see test-db.ts) holding the filter-examples fixture, ids exactly as given. */
export async function openFixtureDb(): Promise<Db> {
  const db = await openTestDb();
  await migrate(db);
  await loadFixture(db);
  return db;
}

const STAMP = "2025-01-01T00:00:00Z";

async function insert(db: Db, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  for (const row of rows) {
    const names = Object.keys(row);
    const placeholders = names.map((_, i) => `$${i + 1}`).join(", ");
    await db.query(`insert into ${table} (${names.join(", ")}) values (${placeholders})`, Object.values(row));
  }
}

async function loadFixture(db: Db): Promise<void> {
  await insert(
    db,
    "spaces",
    fixture.spaces.map((space) => ({
      id: space.id,
      name: `Space ${space.id}`,
      is_home: space.role === "own",
    })),
  );
  await insert(
    db,
    "users",
    fixture.users.map((user) => ({
      id: user.id,
      first_name: user.first_name,
      last_name: user.last_name,
      email: `${user.first_name.toLowerCase()}@example.com`,
      type: user.type,
      space_id: "s-home",
    })),
  );
  await insert(
    db,
    "clients",
    fixture.clients.map((client, i) => ({
      id: client.id,
      name: client.name,
      shortcode: client.shortcode,
      segment: client.segment,
      primary_contact_id: client.primary_contact_id,
      origin_space_id: client.origin_space_id,
      created_at: `2024-0${i + 1}-01T00:00:00Z`,
      updated_at: STAMP,
      deleted_at: client.archived ? STAMP : null,
    })),
  );
  await insert(
    db,
    "projects",
    fixture.projects.map((project) => ({ ...project, updated_at: STAMP })),
  );
  await insert(
    db,
    "tasks",
    fixture.tasks.map((task) => ({
      ...task,
      uri: `https://kanbert.test/tasks/${task.id}`,
      created_at: STAMP,
      updated_at: STAMP,
    })),
  );
}
