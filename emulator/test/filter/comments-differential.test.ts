import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Db, select } from "../../../backend/db/db.ts";
import { compileListFilter } from "../../../backend/filter/compile-list.ts";
import { commentsFilter } from "../../../backend/filter/endpoints.ts";
import { FROZEN_NOW, ME_ID } from "../../../src/filter/__tests__/fixture.ts";
import { evaluate, type FilterNode, parse, print, toJson, validate } from "../../../src/filter/index.ts";
import { nodeFor } from "./arbitrary-filter.ts";
import { commentRows, loadComments } from "./comments-fixture.ts";
import { openFixtureDb } from "./fixture-db.ts";

/**
 * The comments listing's filters (`GET /tasks/comments`, mentions and client fields through the
 * task included): random valid filters select in SQL exactly what the reference `evaluate` selects.
 */

let db: Db;
beforeAll(async () => {
  db = await openFixtureDb();
  await loadComments(db);
});
afterAll(async () => {
  await db.close();
});

const { catalogue } = commentsFilter;
const now = new Date(FROZEN_NOW);

async function sqlIds(text: string): Promise<string[]> {
  const compiled = compileListFilter({ text }, commentsFilter, { now, meId: ME_ID, paramOffset: 0 });
  if (!compiled.ok) throw new Error(compiled.message);
  const where = compiled.where ?? "true";
  const rows = await select(
    db,
    z.object({ id: z.string() }),
    `select cm.id from comments cm where ${where} order by 1`,
    compiled.params,
  );
  return rows.map((row) => row.id);
}

const referenceIds = (ast: FilterNode | null) =>
  commentRows
    .filter(({ row }) => evaluate(ast, row, { fields: catalogue.fields, now, meId: ME_ID }))
    .map(({ id }) => id)
    .sort();

describe("comments listing: SQL agrees with evaluate", () => {
  it("on hand-picked filters (mentions in a reply, either quote, client fields, macros)", async () => {
    const cases: [string, string[]][] = [
      ["mentions.id eq me.id", ["m1", "m2", "m4"]],
      ['mentions.id in ["u-gina", "nope"]', ["m4", "m5", "m6", "m8", "m9"]],
      ['mentions.id eq "u-bob" and mentions.id eq "u-gina"', ["m8", "m9"]],
      ['task.client.name eq "acme corp" and is_public eq false', ["m3"]],
      ["created_at gte today-7d and is_public eq false", ["m3", "m6", "m8", "m9"]],
    ];
    for (const [text, expected] of cases) {
      const parsed = parse(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(referenceIds(parsed.ast), text).toEqual(expected);
      expect(await sqlIds(text), text).toEqual(expected);
    }
  });

  it("on random filters (DSL and JSON)", async () => {
    await fc.assert(
      fc.asyncProperty(nodeFor(catalogue.fields), fc.boolean(), async (ast, asJson) => {
        expect(validate(ast, catalogue)).toEqual([]);
        const text = asJson ? JSON.stringify(toJson(ast)) : print(ast);
        expect(await sqlIds(text)).toEqual(referenceIds(ast));
      }),
      { numRuns: 300, seed: 2026 },
    );
  });
});
