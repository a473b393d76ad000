import { describe, expect, it } from "vitest";
import { tokenize } from "../lexer.ts";

describe("tokenize", () => {
  it("reads words: identifier paths with letters, digits, underscores and dots", () => {
    expect(tokenize("_a9Z.b_1.C2 x")).toStrictEqual([
      { kind: "word", text: "_a9Z.b_1.C2", offset: 0, length: 11 },
      { kind: "word", text: "x", offset: 12, length: 1 },
      { kind: "eof", offset: 13, length: 0 },
    ]);
    expect(tokenize("Zz_09")).toStrictEqual([
      { kind: "word", text: "Zz_09", offset: 0, length: 5 },
      { kind: "eof", offset: 5, length: 0 },
    ]);
  });

  it("refuses a word ending in a dot or a dot followed by a digit", () => {
    expect(tokenize("a.b. eq 1")).toStrictEqual([
      {
        kind: "error",
        error: { message: "expected a name after '.' in 'a.b.'", offset: 0, length: 4 },
        offset: 0,
        length: 4,
      },
    ]);
    expect(tokenize("x a.9")).toStrictEqual([
      { kind: "word", text: "x", offset: 0, length: 1 },
      {
        kind: "error",
        error: { message: "expected a name after '.' in 'a.'", offset: 2, length: 2 },
        offset: 2,
        length: 2,
      },
    ]);
  });

  it("reads numbers: sign, fraction, exponent", () => {
    expect(tokenize("10 -1.25 2E3 7e-2 5e+1 -0")).toStrictEqual([
      { kind: "number", value: 10, text: "10", offset: 0, length: 2 },
      { kind: "number", value: -1.25, text: "-1.25", offset: 3, length: 5 },
      { kind: "number", value: 2000, text: "2E3", offset: 9, length: 3 },
      { kind: "number", value: 0.07, text: "7e-2", offset: 13, length: 4 },
      { kind: "number", value: 50, text: "5e+1", offset: 18, length: 4 },
      { kind: "number", value: 0, text: "-0", offset: 23, length: 2 },
      { kind: "eof", offset: 25, length: 0 },
    ]);
    expect(tokenize("1.5e12 3E+10")).toStrictEqual([
      { kind: "number", value: 1.5e12, text: "1.5e12", offset: 0, length: 6 },
      { kind: "number", value: 3e10, text: "3E+10", offset: 7, length: 5 },
      { kind: "eof", offset: 12, length: 0 },
    ]);
    expect(tokenize("(12)")).toStrictEqual([
      { kind: "symbol", text: "(", offset: 0, length: 1 },
      { kind: "number", value: 12, text: "12", offset: 1, length: 2 },
      { kind: "symbol", text: ")", offset: 3, length: 1 },
      { kind: "eof", offset: 4, length: 0 },
    ]);
  });

  it("refuses a number glued to letters, digits after a second dot, or too large", () => {
    const invalid = (text: string, message: string, offset: number, length: number) =>
      expect(tokenize(text).at(-1)).toStrictEqual({
        kind: "error",
        error: { message, offset, length },
        offset,
        length,
      });
    invalid("a 12abc)", "invalid number '12abc'", 2, 5);
    invalid("1.5.3", "invalid number '1.5.3'", 0, 5);
    invalid("3_x", "invalid number '3_x'", 0, 3);
    invalid("4Z", "invalid number '4Z'", 0, 2);
    invalid("1e999", "number '1e999' is too large", 0, 5);
    invalid("-1e999 x", "number '-1e999' is too large", 0, 6);
  });

  it("reads today with a day offset, in any case, as one token", () => {
    expect(tokenize("today+5d Today-30d TODAY+0d today-0d today+100000d")).toStrictEqual([
      { kind: "today-offset", days: 5, text: "today+5d", offset: 0, length: 8 },
      { kind: "today-offset", days: -30, text: "Today-30d", offset: 9, length: 9 },
      { kind: "today-offset", days: 0, text: "TODAY+0d", offset: 19, length: 8 },
      { kind: "today-offset", days: 0, text: "today-0d", offset: 28, length: 8 },
      { kind: "today-offset", days: 100000, text: "today+100000d", offset: 37, length: 13 },
      { kind: "eof", offset: 50, length: 0 },
    ]);
    expect(tokenize("today-12d)")).toStrictEqual([
      { kind: "today-offset", days: -12, text: "today-12d", offset: 0, length: 9 },
      { kind: "symbol", text: ")", offset: 9, length: 1 },
      { kind: "eof", offset: 10, length: 0 },
    ]);
    expect(tokenize("today x+5")).toStrictEqual([
      { kind: "word", text: "today", offset: 0, length: 5 },
      { kind: "word", text: "x", offset: 6, length: 1 },
      {
        kind: "error",
        error: { message: "unexpected character '+'", offset: 7, length: 1 },
        offset: 7,
        length: 1,
      },
    ]);
    expect(tokenize("today today")).toStrictEqual([
      { kind: "word", text: "today", offset: 0, length: 5 },
      { kind: "word", text: "today", offset: 6, length: 5 },
      { kind: "eof", offset: 11, length: 0 },
    ]);
  });

  it("refuses day offsets that are malformed or too large", () => {
    const dayError = (text: string, message: string, length: number) =>
      expect(tokenize(text)).toStrictEqual([
        { kind: "error", error: { message, offset: 0, length }, offset: 0, length },
      ]);
    const hint = "write a day offset like today+5d or today-30d";
    dayError("today+5", hint, 7);
    dayError("today-12", hint, 7);
    dayError("today+5dx", hint, 7);
    dayError("today+5d9", hint, 7);
    dayError("today+5d_", hint, 7);
    dayError("today+5d.x", hint, 7);
    dayError("today+5dA", hint, 7);
    dayError("today+100001d", "day offset too large (at most 100000 days)", 13);
    dayError("today-100001d", "day offset too large (at most 100000 days)", 13);
  });

  it("reads a word that only starts like today as a plain word", () => {
    expect(tokenize("todayx+5d")[0]).toStrictEqual({ kind: "word", text: "todayx", offset: 0, length: 6 });
    expect(tokenize("today+x")).toStrictEqual([
      { kind: "word", text: "today", offset: 0, length: 5 },
      {
        kind: "error",
        error: { message: "unexpected character '+'", offset: 5, length: 1 },
        offset: 5,
        length: 1,
      },
    ]);
  });

  it("reads strings in either quote, a backslash making the next character literal", () => {
    expect(tokenize(`"a'b" 'c"d' "x\\"y\\\\z\\n" ''`)).toStrictEqual([
      { kind: "string", value: "a'b", offset: 0, length: 5 },
      { kind: "string", value: 'c"d', offset: 6, length: 5 },
      { kind: "string", value: 'x"y\\zn', offset: 12, length: 11 },
      { kind: "string", value: "", offset: 24, length: 2 },
      { kind: "eof", offset: 26, length: 0 },
    ]);
  });

  it("refuses an unclosed string, also one ending in a backslash", () => {
    expect(tokenize("a 'bc")).toStrictEqual([
      { kind: "word", text: "a", offset: 0, length: 1 },
      {
        kind: "error",
        error: { message: "unclosed string: the ' at 2 has no closing '", offset: 2, length: 3 },
        offset: 2,
        length: 3,
      },
    ]);
    expect(tokenize('"ab\\')).toStrictEqual([
      {
        kind: "error",
        error: { message: 'unclosed string: the " at 0 has no closing "', offset: 0, length: 4 },
        offset: 0,
        length: 4,
      },
    ]);
  });

  it("reads every symbol, the longest spelling first", () => {
    expect(
      tokenize("== != <> <= >= && || ( ) [ ] , = < >").map((token) => token.kind === "symbol" && token.text),
    ).toStrictEqual([
      "==",
      "!=",
      "<>",
      "<=",
      ">=",
      "&&",
      "||",
      "(",
      ")",
      "[",
      "]",
      ",",
      "=",
      "<",
      ">",
      false,
    ]);
    expect(tokenize("a<=1")).toStrictEqual([
      { kind: "word", text: "a", offset: 0, length: 1 },
      { kind: "symbol", text: "<=", offset: 1, length: 2 },
      { kind: "number", value: 1, text: "1", offset: 3, length: 1 },
      { kind: "eof", offset: 4, length: 0 },
    ]);
  });

  it("skips any whitespace and ends with an eof token at the end of the text", () => {
    expect(tokenize(" \t\n\r a \n")).toStrictEqual([
      { kind: "word", text: "a", offset: 5, length: 1 },
      { kind: "eof", offset: 8, length: 0 },
    ]);
    expect(tokenize("")).toStrictEqual([{ kind: "eof", offset: 0, length: 0 }]);
  });

  it("stops at the first unexpected character, whole code points", () => {
    expect(tokenize("a & b 'x")).toStrictEqual([
      { kind: "word", text: "a", offset: 0, length: 1 },
      {
        kind: "error",
        error: { message: "unexpected character '&'", offset: 2, length: 1 },
        offset: 2,
        length: 1,
      },
    ]);
    expect(tokenize("😀")).toStrictEqual([
      {
        kind: "error",
        error: { message: "unexpected character '😀'", offset: 0, length: 2 },
        offset: 0,
        length: 2,
      },
    ]);
    expect(tokenize("- 1")[0]).toStrictEqual({
      kind: "error",
      error: { message: "unexpected character '-'", offset: 0, length: 1 },
      offset: 0,
      length: 1,
    });
    expect(tokenize("x -")[1]).toStrictEqual({
      kind: "error",
      error: { message: "unexpected character '-'", offset: 2, length: 1 },
      offset: 2,
      length: 1,
    });
  });
});
