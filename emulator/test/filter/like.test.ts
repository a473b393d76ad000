import { describe, expect, it } from "vitest";
import { containsPattern, userLikePattern } from "../../../backend/filter/like.ts";

/** LIKE patterns, used with `escape '\'`. */

describe("containsPattern", () => {
  it("escapes %, _ and \\ so that they match themselves", () => {
    expect(containsPattern("contains", "50%_\\x")).toBe("%50\\%\\_\\\\x%");
    expect(containsPattern("contains", "%%")).toBe("%\\%\\%%");
    expect(containsPattern("contains", "")).toBe("%%");
  });
  it("anchors startswith at the start and endswith at the end", () => {
    expect(containsPattern("startswith", "a_")).toBe("a\\_%");
    expect(containsPattern("endswith", "a_")).toBe("%a\\_");
  });
});

describe("userLikePattern", () => {
  it("keeps the user's wildcards and escapes", () => {
    expect(userLikePattern("a_%")).toBe("a_%");
    expect(userLikePattern("a\\%b\\_")).toBe("a\\%b\\_");
    expect(userLikePattern("\\\\x")).toBe("\\\\x");
    expect(userLikePattern("")).toBe("");
  });
  it("reads a lone trailing backslash as a literal backslash", () => {
    expect(userLikePattern("ab\\")).toBe("ab\\\\");
    expect(userLikePattern("\\")).toBe("\\\\");
    expect(userLikePattern("\\\\\\")).toBe("\\\\\\\\");
  });
});
