import { describe, expect, it } from "vitest";
import { didYouMean } from "../suggest.ts";

describe("didYouMean", () => {
  it("suggests the closest candidate, compared case-insensitively, in its own spelling", () => {
    expect(didYouMean("containz", ["eq", "contains", "like"])).toBe(" — did you mean 'contains'?");
    expect(didYouMean("STARTSWIT", ["endswith", "StartsWith"])).toBe(" — did you mean 'StartsWith'?");
    expect(didYouMean("lke", ["like", "lt"])).toBe(" — did you mean 'like'?");
    expect(didYouMean("nein", ["in", "nin"])).toBe(" — did you mean 'nin'?");
  });

  it("keeps the first of equally close candidates", () => {
    expect(didYouMean("ab", ["ax", "ay"])).toBe(" — did you mean 'ax'?");
    expect(didYouMean("ab", ["zz", "ay", "ax"])).toBe(" — did you mean 'ay'?");
  });

  it("counts insertions, deletions and substitutions", () => {
    expect(didYouMean("ab", ["abcd"])).toBe(" — did you mean 'abcd'?");
    expect(didYouMean("ab", ["abcde"])).toBe("");
    expect(didYouMean("abcd", ["ab"])).toBe(" — did you mean 'ab'?");
    expect(didYouMean("abcde", ["ab"])).toBe("");
    expect(didYouMean("ba", ["ab"])).toBe(" — did you mean 'ab'?");
    expect(didYouMean("abc", ["xyz"])).toBe("");
    expect(didYouMean("abc", ["xbz"])).toBe(" — did you mean 'xbz'?");
    expect(didYouMean("kitten", ["sitting"])).toBe("");
    expect(didYouMean("kitten", ["sittn"])).toBe(" — did you mean 'sittn'?");
  });

  it("allows two edits, or one per three letters of longer words", () => {
    expect(didYouMean("abcdefg", ["abcdxyz"])).toBe("");
    expect(didYouMean("abcdefg", ["abcdexy"])).toBe(" — did you mean 'abcdexy'?");
    expect(didYouMean("abcdefghi", ["abcdefxyz"])).toBe(" — did you mean 'abcdefxyz'?");
    expect(didYouMean("abcdefghi", ["abcdewxyz"])).toBe("");
  });

  it("suggests nothing without candidates", () => {
    expect(didYouMean("eq", [])).toBe("");
  });
});
