import { describe, expect, it } from "vitest";
import { Cursor, describe as describeToken, ParseFailure } from "../cursor.ts";

/** The failure a call throws, for tests of what the cursor throws. */
function failureOf(action: () => unknown): ParseFailure {
  try {
    action();
  } catch (caught) {
    if (caught instanceof ParseFailure) return caught;
    throw caught;
  }
  throw new Error("nothing was thrown");
}

describe("describe (a token in a message)", () => {
  it("names each kind of token", () => {
    expect(describeToken({ kind: "eof", offset: 3, length: 0 })).toBe("the end of the filter");
    expect(describeToken({ kind: "word", text: "Name", offset: 0, length: 4 })).toBe("'Name'");
    expect(describeToken({ kind: "number", value: 1.5, text: "1.50", offset: 0, length: 4 })).toBe("'1.50'");
    expect(describeToken({ kind: "symbol", text: "<=", offset: 0, length: 2 })).toBe("'<='");
    expect(describeToken({ kind: "today-offset", days: -3, text: "Today-3d", offset: 0, length: 8 })).toBe(
      "'Today-3d'",
    );
    const error = { message: "bad", offset: 0, length: 1 };
    expect(describeToken({ kind: "error", error, offset: 0, length: 1 })).toBe("an error");
  });

  it("quotes a string, cut after 24 characters", () => {
    const string = (value: string) =>
      describeToken({ kind: "string", value, offset: 0, length: value.length + 2 });
    expect(string("")).toBe('the string ""');
    expect(string("abcdefghijklmnopqrstuvwx")).toBe('the string "abcdefghijklmnopqrstuvwx"');
    expect(string("abcdefghijklmnopqrstuvwxy")).toBe('the string "abcdefghijklmnopqrstuvwx…"');
  });
});

describe("Cursor", () => {
  it("reads the tokens in order and remembers where the last one ended", () => {
    const cursor = new Cursor("ab  ( 12");
    expect(cursor.lastEnd).toBe(0);
    expect(cursor.peek()).toStrictEqual({ kind: "word", text: "ab", offset: 0, length: 2 });
    expect(cursor.peekNext()).toStrictEqual({ kind: "symbol", text: "(", offset: 4, length: 1 });
    expect(cursor.advance()).toStrictEqual({ kind: "word", text: "ab", offset: 0, length: 2 });
    expect(cursor.lastEnd).toBe(2);
    expect(cursor.advance()).toStrictEqual({ kind: "symbol", text: "(", offset: 4, length: 1 });
    expect(cursor.lastEnd).toBe(5);
    expect(cursor.peekNext()).toStrictEqual({ kind: "eof", offset: 8, length: 0 });
    expect(cursor.advance()).toStrictEqual({ kind: "number", value: 12, text: "12", offset: 6, length: 2 });
    expect(cursor.lastEnd).toBe(8);
    expect(cursor.peekNext()).toStrictEqual({ kind: "eof", offset: 8, length: 0 });
  });

  it("keeps answering the end of the text once past it", () => {
    const cursor = new Cursor("a ");
    cursor.advance();
    expect(cursor.advance()).toStrictEqual({ kind: "eof", offset: 2, length: 0 });
    expect(cursor.peek()).toStrictEqual({ kind: "eof", offset: 2, length: 0 });
    expect(cursor.advance()).toStrictEqual({ kind: "eof", offset: 2, length: 0 });
    expect(cursor.lastEnd).toBe(2);
  });

  it("tells symbols and words apart, words case-insensitively", () => {
    const cursor = new Cursor("AND ( 'and'");
    expect(cursor.isWord("and")).toBe(true);
    expect(cursor.isWord("or", "and")).toBe(true);
    expect(cursor.isWord("or")).toBe(false);
    expect(cursor.isSymbol("(")).toBe(false);
    cursor.advance();
    expect(cursor.isSymbol("(")).toBe(true);
    expect(cursor.isSymbol(")")).toBe(false);
    expect(cursor.isWord("(")).toBe(false);
    cursor.advance();
    expect(cursor.isWord("and")).toBe(false);
    cursor.advance();
    expect(cursor.isWord("and")).toBe(false);
    expect(cursor.isSymbol("and")).toBe(false);
  });

  it("surfaces a lexer error when it is reached, not before", () => {
    const cursor = new Cursor("a & b");
    expect(cursor.peekNext()).toStrictEqual({
      kind: "error",
      error: { message: "unexpected character '&'", offset: 2, length: 1 },
      offset: 2,
      length: 1,
    });
    expect(cursor.advance()).toStrictEqual({ kind: "word", text: "a", offset: 0, length: 1 });
    expect(failureOf(() => cursor.peek()).error).toStrictEqual({
      message: "unexpected character '&'",
      offset: 2,
      length: 1,
    });
    expect(failureOf(() => cursor.advance()).error.offset).toBe(2);
    expect(cursor.lastEnd).toBe(1);
  });

  it("fails at a token, with what was expected only when given", () => {
    const cursor = new Cursor("x yz");
    cursor.advance();
    const token = cursor.peek();
    expect(failureOf(() => cursor.fail("no good", token)).error).toStrictEqual({
      message: "no good",
      offset: 2,
      length: 2,
    });
    expect(failureOf(() => cursor.fail("no good", token, ["a", "b"])).error).toStrictEqual({
      message: "no good",
      offset: 2,
      length: 2,
      expected: ["a", "b"],
    });
  });
});
