import { describe, expect, it } from "vitest";
import { readFilter } from "../../../backend/filter/read-filter.ts";
import { cond } from "../../../src/filter/index.ts";
import { clientsFullCatalogue } from "../../../src/kanbert/catalogue.ts";

/** A request's filter (DSL, JSON or form pairs) → a validated AST, or a 400 message. */

const read = (text?: string | null, formPairs?: readonly (readonly [string, string])[]) =>
  readFilter(formPairs === undefined ? { text } : { text, formPairs }, clientsFullCatalogue);
const NAME_PAIRS = [
  ["filter[0][field]", "name"],
  ["filter[0][op]", "eq"],
  ["filter[0][value]", "x"],
] as const;

describe("readFilter", () => {
  it("no filter, blank text or no pairs: no condition", () => {
    expect(read()).toEqual({ ok: true, ast: null });
    expect(read(null)).toEqual({ ok: true, ast: null });
    expect(read(" \n\t ")).toEqual({ ok: true, ast: null });
    expect(read("", [])).toEqual({ ok: true, ast: null });
  });

  it("reads DSL, JSON and form pairs", () => {
    expect(read("name eq 'x'")).toEqual({ ok: true, ast: cond("name", "eq", "x") });
    expect(read(' [{"field":"name","op":"eq","value":"x"}]')).toEqual({
      ok: true,
      ast: cond("name", "eq", "x"),
    });
    expect(read(undefined, NAME_PAIRS)).toEqual({ ok: true, ast: cond("name", "eq", "x") });
    expect(read("  ", NAME_PAIRS)).toEqual({ ok: true, ast: cond("name", "eq", "x") });
  });

  it("refuses both encodings at once", () => {
    expect(read("name eq 'x'", NAME_PAIRS)).toEqual({
      ok: false,
      message: "Invalid filter: send either `filter` or `filter[i][…]` keys, not both.",
    });
  });

  it("DSL problems give the 0-based position, leading blanks included", () => {
    expect(read(" name eq 'x")).toEqual({
      ok: false,
      message: "Invalid filter at position 9: unclosed string: the ' at 9 has no closing '",
    });
    expect(read("name in ['a'] and titl eq 'x'")).toEqual({
      ok: false,
      message: "Invalid filter at position 18: unknown field 'titl' on GET /clients/full",
    });
    expect(read("segment eq 'A' and titl eq 'x'")).toEqual({
      ok: false,
      message: "Invalid filter at position 19: unknown field 'titl' on GET /clients/full",
    });
  });

  it("JSON and form problems have no position; several are joined with '; '", () => {
    expect(read("\n[1,")).toEqual({
      ok: false,
      message: expect.stringMatching(/^Invalid filter: invalid JSON filter: /),
    });
    expect(read('{"field":"segment","op":"contains","value":"A"}')).toEqual({
      ok: false,
      message:
        "Invalid filter: operator 'contains' is not allowed for 'segment' — use one of eq, ne, in, nin, isnull, isnotnull",
    });
    expect(read(' [{"field":"titl","op":"eq","value":"x"},{"field":"name","op":"eq","value":5}]')).toEqual({
      ok: false,
      message:
        "Invalid filter: unknown field 'titl' on GET /clients/full; 'name' needs text in quotes, not 5",
    });
    expect(
      read(
        '[{"field":"titl","op":"eq","value":"x"},{"field":"name","op":"eq","value":5},{"field":"zzz","op":"eq","value":"y"}]',
      ),
    ).toEqual({
      ok: false,
      message:
        "Invalid filter: unknown field 'titl' on GET /clients/full; 'name' needs text in quotes, not 5; unknown field 'zzz' on GET /clients/full",
    });
    expect(
      read(undefined, [
        ["filter[0][field]", "titl"],
        ["filter[0][op]", "eq"],
        ["filter[0][value]", "x"],
      ]),
    ).toEqual({ ok: false, message: "Invalid filter: unknown field 'titl' on GET /clients/full" });
  });
});
