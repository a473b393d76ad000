import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromFormEncoded } from "../form.ts";
import { fromJson } from "../json.ts";
import { parse } from "../parse.ts";
import { parseAny } from "../parse-any.ts";
import { print } from "../print.ts";
import { filterNode } from "./arbitraries.ts";
import { vectors } from "./vectors.ts";

/** Parse never throws; an error points inside the text; an accepted text prints to a fixed point. */
function checkText(text: string): void {
  const result = parse(text);
  if (!result.ok) {
    const { offset, length, message } = result.error;
    expect(message).not.toMatch(/internal/);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(length).toBeGreaterThanOrEqual(0);
    expect(offset + length).toBeLessThanOrEqual(text.length);
    return;
  }
  const printed = print(result.ast);
  expect(parse(printed)).toStrictEqual({ ok: true, ast: result.ast });
}

const tokenSoup = fc
  .array(
    fc.constantFrom(
      "name",
      " ",
      "eq",
      "(",
      ")",
      "[",
      "]",
      ",",
      "'",
      '"',
      "\\",
      "and",
      "or",
      "&&",
      "||",
      "is",
      "not",
      "null",
      "any",
      "projects.count",
      ">=",
      "<>",
      "=",
      "!",
      "today",
      "+5d",
      "-3d",
      "me.id",
      "1",
      "-2.5",
      "e",
      ".",
      "x",
      "in",
      "isnull",
      "😀",
      "\n",
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(""));

const validTexts = [
  ...vectors.flatMap((vector) => vector.dsl),
  "a eq 1 and (b in ['x', \"y\"] or c is not null)",
];
const mutated = fc
  .tuple(
    fc.constantFrom(...validTexts),
    fc.array(
      fc.tuple(fc.constantFrom("insert", "delete", "replace"), fc.nat(), fc.string({ maxLength: 2 })),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  )
  .map(([text, edits]) =>
    edits.reduce((current, [kind, at, chars]) => {
      const i = at % (current.length + 1);
      if (kind === "insert") return current.slice(0, i) + chars + current.slice(i);
      if (kind === "delete") return current.slice(0, i) + current.slice(i + 1);
      return current.slice(0, i) + chars + current.slice(i + chars.length);
    }, text),
  );

describe("never throws", () => {
  it("on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), checkText), { numRuns: 2000 });
  });

  it("on token soup", () => {
    fc.assert(fc.property(tokenSoup, checkText), { numRuns: 3000 });
  });

  it("on mutated valid filters", () => {
    fc.assert(fc.property(mutated, checkText), { numRuns: 3000 });
  });

  it("on printed ASTs cut short", () => {
    fc.assert(
      fc.property(filterNode(0), fc.nat(), (ast, cut) => {
        const text = print(ast);
        checkText(text.slice(0, cut % (text.length + 1)));
      }),
    );
  });

  it("fromJson, parseAny and fromFormEncoded on anything", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => fromJson(value)).not.toThrow();
        const text = JSON.stringify(value);
        const result = parseAny(text);
        if (!result.ok) expect(result.error.offset + result.error.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => fromJson(value)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(
              "filter[0][field]",
              "filter[0][op]",
              "filter[1][value][]",
              "filter[0][value]",
              "filter[x]",
            ),
            fc.string(),
          ),
        ),
        (params) => {
          expect(() => fromFormEncoded(params)).not.toThrow();
        },
      ),
    );
  });

  it("on absurdly deep JSON", () => {
    let deep: unknown = { field: "a", op: "isnull" };
    for (let i = 0; i < 50_000; i++) deep = [deep];
    const result = fromJson(deep);
    expect(result.ok).toBe(false);
  });
});
