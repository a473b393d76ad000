import { describe, expect, it } from "vitest";
import { likeMatches } from "./evaluate.ts";

describe("likeMatches (SQL LIKE reference)", () => {
  it.each([
    ["Acme%", "Acme Corp", true],
    ["Acme%", "acme", true],
    ["%corp", "Acme Corp", true],
    ["G_obex", "Globex", true],
    ["G_obex", "Gobex", false],
    ["%a%b%c%", "xaybzc", true],
    ["%a%b%c%", "xaybz", false],
    ["a%%b", "ab", true],
    ["", "", true],
    ["", "x", false],
    ["%", "", true],
    ["50\\%", "50%", true],
    ["50\\%", "500", false],
    ["a\\_b", "a_b", true],
    ["a\\_b", "axb", false],
    ["back\\", "back\\", true],
    ["Müller%", "MÜLLER Bau", true],
  ])("%s against %s → %s", (pattern, text, expected) => {
    expect(likeMatches(pattern, text)).toBe(expected);
  });

  it("handles a 10,000-character pattern without a stack overflow", () => {
    const long = "x".repeat(10_000);
    expect(likeMatches(long, long)).toBe(true);
    expect(likeMatches(`%${long}%`, `a${long}b`)).toBe(true);
    expect(likeMatches(long, `${long}y`)).toBe(false);
  });
});
