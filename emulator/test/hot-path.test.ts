import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createApp } from "../app.ts";
import type { Db } from "../db/db.ts";
import { migrate } from "../db/migrations.ts";
import { seed } from "../db/seed.ts";
import { openTestDb } from "./test-db.ts";

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

const counting = (inner: Db): Db => ({
  ...inner,
  query: (sql, params) => {
    statements.push(sql);
    return inner.query(sql, params);
  },
});

const Page = z.object({
  data: z.array(z.object({ id: z.string(), projects: z.array(z.object({ id: z.string() })) })),
});

describe("GET /clients/full?include=projects (first page)", () => {
  it("takes three queries: the token with its user, the page, the page's projects", async () => {
    const app = createApp({ db: counting(db) });
    statements.length = 0;
    const response = await app.request("/api/v1/clients/full?include=projects&page[size]=50&sort=name", {
      headers: { Authorization: "Bearer db-token" },
    });
    expect(response.status).toBe(200);
    const page = Page.parse(await response.json());
    expect(page.data).toHaveLength(50);
    expect(page.data.some((client) => client.projects.length > 0)).toBe(true);
    expect(statements).toHaveLength(3);
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
