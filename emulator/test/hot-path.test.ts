import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "../../backend/db/db.ts";
import { openTestDb } from "../../backend/db/test-db.ts";
import { ProjectData } from "../../src/kanbert/schemas.ts";
import { createApp } from "../app.ts";
import { migrate } from "../db/migrations.ts";
import { seed } from "../db/seed.ts";
import { countingDb } from "./counting-db.ts";

/** The dashboard's first request, counted in database round trips: each one waits its turn. */

let db: Db;
const statements: string[] = [];
beforeAll(async () => {
  db = await openTestDb();
  await migrate(db);
  await seed(db, { clients: 60, tokens: ["db-token"] });
});
afterAll(async () => {
  await db.close();
});

const counting = (inner: Db): Db => countingDb(inner, statements);

const Page = z.object({
  data: z.array(z.object({ id: z.string(), projects: z.array(z.object({ id: z.string() })) })),
});

const Full = z.object({
  data: z.array(z.object({ id: z.string(), projects: z.array(ProjectData) })),
});

describe("GET /clients/full?include=projects (first page)", () => {
  it("takes two queries: the token with its user, then the page with its projects", async () => {
    const app = createApp({ db: counting(db) });
    statements.length = 0;
    const response = await app.request("/api/v1/clients/full?include=projects&page[size]=50&sort=name", {
      headers: { Authorization: "Bearer db-token" },
    });
    expect(response.status).toBe(200);
    const page = Page.parse(await response.json());
    expect(page.data).toHaveLength(50);
    expect(page.data.some((client) => client.projects.length > 0)).toBe(true);
    expect(statements).toHaveLength(2);
  });

  it("brings each client's projects complete and oldest first", async () => {
    const app = createApp({ db });
    const response = await app.request("/api/v1/clients/full?include=projects&page[size]=50&sort=name", {
      headers: { Authorization: "Bearer db-token" },
    });
    const page = Full.parse(await response.json());
    for (const client of page.data) {
      const { rows } = await db.query(
        `select p.id, p.title, p.is_private, to_char(p.start_date, 'YYYY-MM-DD') as start_date,
           pt.title as type_title, pt.sort_order as type_order
         from projects p left join project_types pt on pt.id = p.project_type_id
         where p.client_id = $1 order by p.created_at, p.id`,
        [client.id],
      );
      expect(
        client.projects.map((project) => ({
          id: project.id,
          title: project.title,
          is_private: project.is_private,
          start_date: project.start_date,
          type_title: project.project_type?.title ?? null,
          type_order: project.project_type?.order ?? null,
        })),
      ).toEqual(rows);
    }
    expect(page.data.flatMap((client) => client.projects).length).toBeGreaterThan(10);
  });

  it("still answers 401 for an unknown token, in one query", async () => {
    const app = createApp({ db: counting(db) });
    statements.length = 0;
    const response = await app.request("/api/v1/clients/full", { headers: { Authorization: "Bearer nope" } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: "Unauthenticated." });
    expect(statements).toHaveLength(1);
  });
});
