import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Db, select } from "../../../backend/db/db.ts";
import { compileListFilter } from "../../../backend/filter/compile-list.ts";
import {
  type FilterEndpoint,
  tasksFilter,
  usersFilter,
  webhooksFilter,
} from "../../../backend/filter/endpoints.ts";
import { openFixtureDb } from "./fixture-db.ts";

/**
 * Fields no vector or differential test reaches select the right rows: the users and webhooks lists
 * (fixture users; two webhooks) and a task's `uri` (the fixture gives each task one).
 */

let db: Db;
beforeAll(async () => {
  db = await openFixtureDb();
  const hooks = [
    ["w1", "https://a.example/hook", "2025-03-01T10:00:00Z"],
    ["w2", "https://B.example/x", "2025-03-12T09:00:00Z"],
  ];
  for (const [id, url, at] of hooks)
    await db.query(
      "insert into webhooks (id, owner_id, url, events, secret, created_at, updated_at) values ($1, 'u-alice', $2, '{comment:create}', 's', $3, $3)",
      [id, url, at],
    );
});
afterAll(async () => {
  await db.close();
});

async function ids(endpoint: FilterEndpoint, from: string, text: string): Promise<string[]> {
  const compiled = compileListFilter({ text }, endpoint, {
    now: new Date("2025-03-12T10:00:00Z"),
    meId: "u-alice",
  });
  if (!compiled.ok) throw new Error(compiled.message);
  const alias = from.split(" ")[1] ?? "";
  const sql = `select ${alias}.id from ${from} where ${compiled.where ?? "true"} order by 1`;
  const rows = await select(db, z.object({ id: z.string() }), sql, compiled.params);
  return rows.map((row) => row.id);
}

describe("GET /users filters", () => {
  it("each field selects by its own column", async () => {
    expect(await ids(usersFilter, "users u", "first_name eq 'alice'")).toEqual(["u-alice"]);
    expect(await ids(usersFilter, "users u", "last_name startswith 'b'")).toEqual(["u-bob"]);
    expect(await ids(usersFilter, "users u", "email endswith 'a@example.com'")).toEqual(["u-gina"]);
    expect(await ids(usersFilter, "users u", "type eq 'guest'")).toEqual(["u-gina"]);
  });
});

describe("GET /webhooks filters", () => {
  it("url (lower-cased) and created_at (a whole day, or before it)", async () => {
    expect(await ids(webhooksFilter, "webhooks w", "url contains 'b.example'")).toEqual(["w2"]);
    expect(await ids(webhooksFilter, "webhooks w", "created_at eq '2025-03-12'")).toEqual(["w2"]);
    expect(await ids(webhooksFilter, "webhooks w", "created_at lt today")).toEqual(["w1"]);
  });
});

describe("GET /tasks uri", () => {
  it("compares lower-cased, like every text field", async () => {
    expect(await ids(tasksFilter, "tasks t", "uri eq 'HTTPS://kanbert.test/tasks/T2'")).toEqual(["t2"]);
  });
});
