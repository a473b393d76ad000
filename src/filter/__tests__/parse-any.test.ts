import { describe, expect, it } from "vitest";
import { and, cond } from "../build.ts";
import { parseAny } from "../parse-any.ts";

describe("parseAny", () => {
  it("reads text starting with [ or { as JSON, leading blanks allowed", () => {
    expect(parseAny(' \n[{"field":"a","op":"eq","value":1},{"field":"b","op":"isnull"}]')).toStrictEqual({
      ok: true,
      ast: and(cond("a", "eq", 1), cond("b", "isnull")),
    });
    expect(parseAny('{"field":"a","op":"NEQ","value":"x"}')).toStrictEqual({
      ok: true,
      ast: cond("a", "ne", "x"),
    });
  });

  it("reads anything else as DSL, with its positions", () => {
    expect(parseAny("a eq 1")).toStrictEqual({ ok: true, ast: cond("a", "eq", 1) });
    expect(parseAny("  a eq")).toStrictEqual({
      ok: false,
      error: {
        message: "expected a value after 'eq'",
        offset: 6,
        length: 0,
        expected: ["a quoted string", "a number", "true", "false", "null", "a [list]", "a special value"],
      },
    });
  });

  it("spans JSON errors over the whole text", () => {
    expect(parseAny(" [")).toStrictEqual({
      ok: false,
      error: { message: "invalid JSON filter: Unexpected end of JSON input", offset: 0, length: 2 },
    });
    expect(parseAny('{"field":"a","op":"isnull","value":1}')).toStrictEqual({
      ok: false,
      error: { message: "value: 'isnull' takes no value", offset: 0, length: 37, path: ["value"] },
    });
  });
});
