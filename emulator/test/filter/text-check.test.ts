import { describe, expect, it } from "vitest";
import { isStorableText, unstorableText } from "../../../backend/filter/text-check.ts";
import { any, cond, count, type FilterNode, or } from "../../../src/filter/index.ts";

/** Text PostgreSQL cannot hold (NUL, lone UTF-16 surrogates) is refused before any SQL runs. */

const message = (field: string) =>
  `Invalid filter: the value for '${field}' contains a NUL character or broken Unicode.`;

describe("isStorableText", () => {
  it("accepts text, empty text and surrogate pairs", () => {
    expect(isStorableText("")).toBe(true);
    expect(isStorableText("Zürich 日本")).toBe(true);
    expect(isStorableText("a🚀b")).toBe(true);
    expect(isStorableText("\uD83D\uDE80\uD83D\uDE80")).toBe(true);
    expect(isStorableText("\uDBFF\uDFFF")).toBe(true);
    expect(isStorableText("\uD800\uDC00")).toBe(true);
  });
  it("refuses NUL and lone surrogates wherever they are", () => {
    expect(isStorableText("\u0000")).toBe(false);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("\uD800")).toBe(false);
    expect(isStorableText("\uDBFFx")).toBe(false);
    expect(isStorableText("x\uDC00")).toBe(false);
    expect(isStorableText("\uDFFF")).toBe(false);
    expect(isStorableText("\uDE80\uD83D")).toBe(false);
    expect(isStorableText("ok\uD83D\uDE80\uDE80")).toBe(false);
  });
});

describe("unstorableText", () => {
  it("finds nothing in no filter, null tests, counts and storable values", () => {
    expect(unstorableText(null)).toBeUndefined();
    expect(unstorableText(cond("name", "isnull"))).toBeUndefined();
    expect(unstorableText(count("projects", "gt", 1))).toBeUndefined();
    expect(unstorableText(any("projects"))).toBeUndefined();
    expect(unstorableText(cond("name", "in", ["a", "🚀", 5, true]))).toBeUndefined();
    expect(
      unstorableText(or(cond("name", "eq", "a"), any("projects", cond("name", "eq", "b")))),
    ).toBeUndefined();
  });

  it("names the field of the first bad value, in lists, groups and relations", () => {
    expect(unstorableText(cond("name", "eq", "a\u0000"))).toBe(message("name"));
    expect(unstorableText(cond("shortcode", "nin", ["ok", "\uDC00"]))).toBe(message("shortcode"));
    const nested: FilterNode = or(
      cond("name", "eq", "ok"),
      cond("segment", "eq", "\uD800"),
      cond("shortcode", "eq", "\u0000"),
    );
    expect(unstorableText(nested)).toBe(message("segment"));
    expect(unstorableText(any("projects", cond("status", "eq", "\uD800")))).toBe(message("status"));
  });
});
