import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FilterNode, Scalar } from "../ast.ts";
import { isList, isSymbolic } from "../ast.ts";
import { normalize } from "../build.ts";
import { fromJson, toJson } from "../json.ts";
import { parse } from "../parse.ts";
import { print } from "../print.ts";
import { fromSpecialToken } from "../special-token.ts";
import { filterNode } from "./arbitraries.ts";

/** JSON cannot say a literal string that equals a special token (SPEC §6.2). */
function jsonSafe(node: FilterNode): boolean {
  const safe = (value: Scalar) =>
    isSymbolic(value) || typeof value !== "string" || fromSpecialToken(value) === undefined;
  switch (node.type) {
    case "group":
      return node.children.every(jsonSafe);
    case "quantifier":
      return node.where === undefined || jsonSafe(node.where);
    case "condition":
      return !("value" in node) || (isList(node.value) ? node.value.every(safe) : safe(node.value));
    default:
      return true;
  }
}

describe("round trips", () => {
  it("parse(print(ast)) equals every normalised ast", () => {
    fc.assert(
      fc.property(filterNode(2), (ast) => {
        expect(normalize(ast)).toStrictEqual(ast);
        expect(parse(print(ast))).toStrictEqual({ ok: true, ast });
      }),
      { numRuns: 1000 },
    );
  });

  it("parse(print(ast)) equals normalize(ast) for any shape", () => {
    fc.assert(
      fc.property(filterNode(0), (ast) => {
        expect(parse(print(ast))).toStrictEqual({ ok: true, ast: normalize(ast) });
      }),
      { numRuns: 500 },
    );
  });

  it("print is a fixed point of print ∘ parse", () => {
    fc.assert(
      fc.property(filterNode(0), (ast) => {
        const text = print(ast);
        const again = parse(text);
        expect(again.ok && print(again.ast)).toBe(text);
      }),
    );
  });

  it("fromJson(toJson(ast)) equals every normalised ast without special-looking strings", () => {
    fc.assert(
      fc.property(filterNode(2).filter(jsonSafe), (ast) => {
        expect(fromJson(toJson(ast))).toStrictEqual({ ok: true, ast });
        expect(fromJson(JSON.parse(JSON.stringify(toJson(ast))))).toStrictEqual({ ok: true, ast });
      }),
      { numRuns: 1000 },
    );
  });
});
