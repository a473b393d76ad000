import { describe, expect, it } from "vitest";
import { clientsFullCatalogue } from "../../../kanbert/catalogue.ts";
import { analyseText, splitAt } from "./analyse.ts";

describe("analyseText", () => {
  it("points a typo in a field at the field, with a hint", () => {
    const text = 'segment eq "A" and nmae contains "Acme"';
    const result = analyseText(text, clientsFullCatalogue);
    expect(result.parsed).toBe(true);
    const [problem] = result.problems;
    expect(problem?.message).toContain("did you mean 'name'");
    expect(text.slice(problem?.offset, (problem?.offset ?? 0) + (problem?.length ?? 0))).toBe("nmae");
  });

  it("reports syntax errors with what was expected", () => {
    const result = analyseText('name contains "x" and', clientsFullCatalogue);
    expect(result.parsed).toBe(false);
    expect(result.problems[0]?.expected?.length).toBeGreaterThan(0);
  });

  it("splits around a span, and marks the end for a point at the end", () => {
    expect(splitAt("abc def", { message: "", offset: 4, length: 3 })).toEqual({
      before: "abc ",
      marked: "def",
      after: "",
    });
    expect(splitAt("abc", { message: "", offset: 3, length: 0 })).toEqual({
      before: "abc",
      marked: " ",
      after: "",
    });
  });
});
