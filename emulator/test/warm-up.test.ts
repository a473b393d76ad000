import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../backend/db/db.ts";
import { openTestDb } from "../../backend/db/test-db.ts";
import { migrate } from "../db/migrations.ts";
import { seed } from "../db/seed.ts";
import { warmUp } from "../warm-up.ts";
import { countingDb } from "./counting-db.ts";

let db: Db;
const statements: string[] = [];
beforeAll(async () => {
  const inner = await openTestDb();
  await migrate(inner);
  await seed(inner, { clients: 30, tokens: ["warm-token"] });
  db = countingDb(inner, statements);
});
afterAll(async () => {
  await db.close();
});

describe("warmUp (before the emulator says it is ready)", () => {
  it("asks for the first page /clients shows, with the start's token, and reads nothing else", async () => {
    statements.length = 0;
    expect(await warmUp(db, "warm-token")).toBe(200);
    // The token with its user, then the page with its projects: the first visit's two queries.
    expect(statements).toHaveLength(2);
    expect(statements[1]).toMatch(/from clients/i);
    expect(statements.every((sql) => /^\s*(with|select)\b/i.test(sql))).toBe(true);
  });

  it("reports the answer's status when the token is not known", async () => {
    expect(await warmUp(db, "nobody's-token")).toBe(401);
  });
});
