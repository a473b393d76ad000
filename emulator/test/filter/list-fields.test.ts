import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Db, select } from "../../../backend/db/db.ts";
import { compileListFilter } from "../../../backend/filter/compile-list.ts";
import {
  type FilterEndpoint,
  projectsFilter,
  tasksFilter,
  usersFilter,
  webhooksFilter,
} from "../../../backend/filter/endpoints.ts";
import { openFixtureDb } from "./fixture-db.ts";

/**
 * Fields no vector or differential test reaches select the right rows: the users and webhooks lists
 * (fixture users; two webhooks), a task's `uri` (the fixture gives each task one) and its project's
 * and client's columns, and every field of the projects list.
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

describe("GET /tasks through the task's project and client", () => {
  it("each field reads its own column of the project or the client", async () => {
    expect(await ids(tasksFilter, "tasks t", "project.shortcode eq 'acme-1'")).toEqual(["t1", "t2"]);
    expect(await ids(tasksFilter, "tasks t", "project.name eq 'PITCH'")).toEqual(["t3", "t6"]);
    expect(await ids(tasksFilter, "tasks t", "project.status eq 'running'")).toEqual([
      "t1",
      "t2",
      "t3",
      "t4",
      "t5",
      "t6",
    ]);
    expect(await ids(tasksFilter, "tasks t", "project.id eq 'p3'")).toEqual(["t3", "t6"]);
    expect(await ids(tasksFilter, "tasks t", "project.external_id isnotnull")).toEqual([]);
    expect(await ids(tasksFilter, "tasks t", "client.external_id isnotnull")).toEqual([]);
    expect(await ids(tasksFilter, "tasks t", "client.name startswith 'acme'")).toEqual([
      "t1",
      "t2",
      "t3",
      "t6",
    ]);
  });
});

describe("GET /projects filters", () => {
  it("each field selects by its own column, the client's through the project's client", async () => {
    expect(await ids(projectsFilter, "projects p", "title eq 'website'")).toEqual(["p1"]);
    expect(await ids(projectsFilter, "projects p", "status eq 'closed'")).toEqual(["p2", "p6"]);
    expect(await ids(projectsFilter, "projects p", "client.id eq 'c4'")).toEqual(["p4", "p5"]);
    expect(await ids(projectsFilter, "projects p", "client.name contains 'corp'")).toEqual([
      "p1",
      "p2",
      "p6",
    ]);
    expect(await ids(projectsFilter, "projects p", "client.shortcode eq 'ACL'")).toEqual(["p3"]);
    expect(await ids(projectsFilter, "projects p", "client.primary_contact_id eq 'u-bob'")).toEqual([
      "p3",
      "p6",
    ]);
  });

  it("fields the fixture leaves empty (project type, end date) are null on every project", async () => {
    const all = ["p1", "p2", "p3", "p4", "p5", "p6"];
    expect(await ids(projectsFilter, "projects p", "project_type.id isnull")).toEqual(all);
    expect(await ids(projectsFilter, "projects p", "project_type.title isnull")).toEqual(all);
    expect(await ids(projectsFilter, "projects p", "end_date isnull")).toEqual(all);
    expect(
      await ids(projectsFilter, "projects p", "project_type.title isnotnull or end_date isnotnull"),
    ).toEqual([]);
  });
});
