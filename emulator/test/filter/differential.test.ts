import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../backend/db/db.ts";
import { runFilter } from "../../../src/filter/__tests__/run-vector.ts";
import type { Endpoint } from "../../../src/filter/__tests__/vectors.ts";
import { print, toJson, validate } from "../../../src/filter/index.ts";
import { nodeFor } from "./arbitrary-filter.ts";
import { openFixtureDb } from "./fixture-db.ts";
import { ENDPOINTS, runIds } from "./run-sql.ts";

/** Random valid filters: the SQL selects exactly what the reference `evaluate` selects. */

let db: Db;
beforeAll(async () => {
  db = await openFixtureDb();
});
afterAll(async () => {
  await db.close();
});

const endpoints: Endpoint[] = ["clients/full", "clients", "tasks", "projects"];

describe.each(endpoints)("%s: SQL agrees with evaluate", (endpoint) => {
  const { catalogue } = ENDPOINTS[endpoint].filter;
  // The reference rows (run-vector.ts) carry no task `uri`; the database has one on every task.
  const fields = catalogue.fields.filter((field) => field.name !== "uri");
  it("on random filters (DSL and JSON)", async () => {
    await fc.assert(
      fc.asyncProperty(nodeFor(fields), fc.boolean(), async (ast, asJson) => {
        expect(validate(ast, catalogue)).toEqual([]);
        const text = asJson ? JSON.stringify(toJson(ast)) : print(ast);
        const outcome = await runIds(db, endpoint, { text });
        expect(outcome).toEqual({ status: 200, ids: runFilter(endpoint, ast).sort() });
      }),
      { numRuns: 300, seed: 2025 },
    );
  });
});
