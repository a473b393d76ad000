import { describe, expect, it } from "vitest";
import { fromFormEncoded, toFormEncoded } from "../form.ts";
import { fromJson, toJson } from "../json.ts";
import { parse } from "../parse.ts";
import { print } from "../print.ts";
import { validate } from "../validate.ts";
import { catalogues } from "./catalogues.ts";
import { runFilter } from "./run-vector.ts";
import { vectors } from "./vectors.ts";

describe.each(vectors)("vector $id ($endpoint)", (vector) => {
  // Parsed inside each test, never while tests are collected: code run at collection time counts as
  // covered by every test, which makes each of its mutants run the whole suite (npm run mutation).
  const parseAll = () => vector.dsl.map((text) => parse(text));
  const parseFirst = () => parse(vector.dsl[0] ?? "");

  if (vector.expect === 400) {
    it("is rejected by parse or validate", () => {
      for (const result of parseAll()) {
        const rejected = !result.ok || validate(result.ast, catalogues[vector.endpoint]).length > 0;
        expect(rejected).toBe(true);
      }
    });
    return;
  }
  const expected = vector.expect;

  it("every DSL spelling parses to the same AST", () => {
    const parsed = parseAll();
    const first = parsed[0];
    for (const result of parsed) {
      expect(result.ok).toBe(true);
      expect(result).toStrictEqual(first);
    }
  });

  // Only vectors that carry a JSON or form spelling get these tests: an empty one could not fail.
  const jsonForms = vector.json ?? [];
  if (jsonForms.length > 0) {
    it("every JSON form gives the DSL's AST", () => {
      const first = parseFirst();
      for (const json of jsonForms) expect(fromJson(json)).toStrictEqual(first);
    });
  }

  const form = vector.form;
  if (form !== undefined) {
    it("the form encoding gives the DSL's AST and back", () => {
      const first = parseFirst();
      if (first?.ok !== true) throw new Error("vector did not parse");
      expect(fromFormEncoded(form)).toStrictEqual(first);
      expect(toFormEncoded(first.ast)).toStrictEqual({ ok: true, params: form });
    });
  }

  it("round-trips through print and toJson", () => {
    const parsed = parseAll();
    const first = parsed[0];
    if (first?.ok !== true) throw new Error("vector did not parse");
    expect(parse(print(first.ast))).toStrictEqual(first);
    expect(fromJson(toJson(first.ast))).toStrictEqual(first);
    for (const result of parsed) if (result.ok) expect(print(result.ast)).toBe(print(first.ast));
  });

  it("validates and returns the expected rows", () => {
    const first = parseFirst();
    if (first?.ok !== true) throw new Error("vector did not parse");
    expect(validate(first.ast, catalogues[vector.endpoint])).toEqual([]);
    expect(runFilter(vector.endpoint, first.ast).sort()).toEqual([...expected].sort());
  });
});
