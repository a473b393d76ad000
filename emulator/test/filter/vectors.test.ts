import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../backend/db/db.ts";
import { compileListFilter } from "../../../backend/filter/compile-list.ts";
import { vectors } from "../../../src/filter/__tests__/vectors.ts";
import { fromFormEncoded, print } from "../../../src/filter/index.ts";
import { A33_FORM_PAIRS } from "./a33-form.ts";
import { openFixtureDb } from "./fixture-db.ts";
import { ENDPOINTS, runIds } from "./run-sql.ts";

let db: Db;
beforeAll(async () => {
  db = await openFixtureDb();
});
afterAll(async () => {
  await db.close();
});

const sorted = (ids: readonly string[]) => [...ids].sort();

describe.each(vectors)("vector $id ($endpoint) through SQL", (vector) => {
  const forms = [
    ...vector.dsl.map((text) => ({ how: `DSL ${text}`, raw: { text } })),
    ...(vector.json ?? []).map((json) => ({
      how: `JSON ${JSON.stringify(json)}`,
      raw: { text: JSON.stringify(json) },
    })),
    ...(vector.form === undefined ? [] : [{ how: "form-encoded", raw: { formPairs: vector.form } }]),
  ];

  it.each(forms)("$how", async ({ raw }) => {
    const outcome = await runIds(db, vector.endpoint, raw);
    if (vector.expect === 400) {
      expect(outcome.status).toBe(400);
      if (outcome.status === 400) expect(outcome.message).toMatch(/^Invalid filter/);
    } else {
      expect(outcome).toEqual({ status: 200, ids: sorted(vector.expect) });
    }
  });

  // Every vector asserts here: a rejected one is rejected in every spelling; an accepted one compiles in
  // every spelling to exactly one fingerprint.
  it(vector.expect === 400 ? "rejects every spelling" : "gives every spelling the same fingerprint", () => {
    const results = forms.map(({ raw }) =>
      compileListFilter(raw, ENDPOINTS[vector.endpoint].filter, { now: new Date(), meId: "x" }),
    );
    expect(results.length).toBeGreaterThan(0);
    if (vector.expect === 400) {
      expect(results.map((result) => result.ok)).toEqual(results.map(() => false));
      return;
    }
    const prints = results.map((result) => (result.ok ? result.fingerprint : `rejected: ${result.message}`));
    expect(new Set(prints).size).toBe(1);
    expect(prints[0]).not.toMatch(/^rejected/);
  });
});

describe("form encoding", () => {
  it("A33: the form-encoded A22 selects c6 and fingerprints like its DSL", async () => {
    expect(await runIds(db, "clients/full", { formPairs: A33_FORM_PAIRS })).toEqual({
      status: 200,
      ids: ["c6"],
    });
    const parsed = fromFormEncoded(A33_FORM_PAIRS);
    expect(parsed.ok && print(parsed.ast)).toBe('segment eq "B" and primary_contact.id isnull');
  });
});
