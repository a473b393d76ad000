import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Db, select } from "../../../backend/db/db.ts";
import { openTestDb } from "../../../backend/db/test-db.ts";
import type { FilterNode, Row } from "../../../src/filter/index.ts";
import { cond, evaluate, print, toJson } from "../../../src/filter/index.ts";
import { clientsFullCatalogue } from "../../../src/kanbert/catalogue.ts";
import { migrate } from "../../db/migrations.ts";
import { runIds } from "./run-sql.ts";

/** Hostile values must select exactly what the reference `evaluate` selects — never an SQL error. */

const TRICKY = [
  "%",
  "_",
  "\\",
  "'",
  '"',
  "a",
  "A",
  "b",
  "ä",
  "Ä",
  " ",
  ";",
  "-",
  "日",
  "🚀",
  "é",
  "*",
  "[",
  "(",
];
const FIXED = [
  "50% off",
  "50 percent",
  "under_score",
  "underXscore",
  "back\\slash",
  "back\\\\double",
  "O'Brien",
  'say "hi"',
  "'; drop table clients; --",
  "Zürich",
  "ZÜRICH",
  "日本 🚀 Rocket",
  "x".repeat(10_000),
];
const tricky = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 6 });

let db: Db;
let rows: { id: string; row: Row }[] = [];

beforeAll(async () => {
  db = await openTestDb();
  await migrate(db);
  const names = [...FIXED, ...fc.sample(tricky, { numRuns: 80, seed: 7 })];
  rows = names.map((name, i) => ({
    id: `h${String(i).padStart(3, "0")}`,
    // shortcodes are unique case-insensitively: a tricky prefix, '#', the index
    row: {
      name,
      shortcode: i % 3 === 0 ? null : `${(names[(i * 7) % names.length] ?? "").slice(0, 8)}#${i}`,
    },
  }));
  for (const { id, row } of rows) {
    await db.query(
      "insert into clients (id, name, shortcode, created_at, updated_at) values ($1, $2, $3, now(), now())",
      [id, row.name, row.shortcode],
    );
  }
}, 60_000);
afterAll(async () => {
  await db.close();
});

const context = { fields: clientsFullCatalogue.fields, now: new Date(), meId: "u" };
const expected = (ast: FilterNode) =>
  rows.filter(({ row }) => evaluate(ast, row, context)).map(({ id }) => id);

async function check(ast: FilterNode, ids = expected(ast)): Promise<void> {
  for (const text of [print(ast), JSON.stringify(toJson(ast))]) {
    expect(await runIds(db, "clients/full", { text })).toEqual({ status: 200, ids });
  }
}

const SINGLE_OPS = ["eq", "ne", "contains", "startswith", "endswith", "like"] as const;
const value = fc.oneof(
  tricky,
  fc.constantFrom(...FIXED),
  fc.constantFrom(...FIXED).map((s) => s.slice(1, 5)),
);

describe("hostile values", () => {
  it("single-value string operators agree with evaluate", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("name", "shortcode"),
        fc.constantFrom(...SINGLE_OPS),
        value,
        (field, op, v) => check(cond(field, op, v)),
      ),
      { numRuns: 250, seed: 42 },
    );
  });

  it("in / nin lists agree with evaluate", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("name", "shortcode"),
        fc.constantFrom("in" as const, "nin" as const),
        fc.array(value, { minLength: 1, maxLength: 4 }),
        (field, op, list) => check(cond(field, op, list)),
      ),
      { numRuns: 120, seed: 43 },
    );
  });

  it("fixed nasties: injection text, literal % and _, 10,000 characters, unicode case", async () => {
    for (const v of FIXED) {
      for (const op of SINGLE_OPS) {
        await check(cond("name", op, v));
      }
    }
    const count = await select(db, z.object({ n: z.number() }), "select count(*)::int as n from clients");
    expect(count[0]?.n).toBe(rows.length);
    expect(await runIds(db, "clients/full", { text: 'name contains "50%"' })).toEqual({
      status: 200,
      ids: rows.filter(({ row }) => String(row.name).includes("50%")).map(({ id }) => id),
    });
    expect(await runIds(db, "clients/full", { text: 'name eq "zürich"' })).toMatchObject({
      ids: ["h009", "h010"],
    });
  });

  it("hostile ids compare exactly and find nothing", async () => {
    for (const v of ["'; drop table clients; --", "%", "_", "\\", "x".repeat(10_000)]) {
      expect(await runIds(db, "clients/full", { text: print(cond("primary_contact.id", "eq", v)) })).toEqual({
        status: 200,
        ids: [],
      });
    }
  });

  it("NUL and lone surrogates are a 400, not a database error", async () => {
    for (const v of ["a\u0000b", "\uD800", "x\uDC00"]) {
      const outcome = await runIds(db, "clients/full", {
        text: JSON.stringify([{ field: "name", op: "eq", value: v }]),
      });
      expect(outcome.status).toBe(400);
    }
  });
});
