import { describe, expect, it } from "vitest";
import { parseSort, printSort, toggleSort } from "./sort.ts";

const allowed = ["name", "shortcode", "created_at"];

describe("sort list", () => {
  it("parses and prints the API's form", () => {
    const keys = parseSort("-created_at,name", allowed);
    expect(keys).toEqual([
      { key: "created_at", desc: true },
      { key: "name", desc: false },
    ]);
    expect(printSort(keys)).toBe("-created_at,name");
  });

  it("drops unknown and repeated keys", () => {
    expect(printSort(parseSort("bogus,name,-name,--x,", allowed))).toBe("name");
  });

  it("click sorts by one column, click again reverses", () => {
    const once = toggleSort(parseSort("-created_at,name", allowed), "shortcode", false);
    expect(printSort(once)).toBe("shortcode");
    expect(printSort(toggleSort(once, "shortcode", false))).toBe("-shortcode");
  });

  it("click on a secondary key makes it the only key", () => {
    expect(printSort(toggleSort(parseSort("name,-created_at", allowed), "created_at", false))).toBe(
      "created_at",
    );
  });

  it("shift-click adds a secondary key and reverses one already there", () => {
    const two = toggleSort(parseSort("name", allowed), "created_at", true);
    expect(printSort(two)).toBe("name,created_at");
    expect(printSort(toggleSort(two, "created_at", true))).toBe("name,-created_at");
  });
});
