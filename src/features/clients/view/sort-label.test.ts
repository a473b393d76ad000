import { describe, expect, it } from "vitest";
import { describeSortList } from "./sort-label.ts";

describe("describeSortList", () => {
  it("names each key with its direction", () => {
    expect(describeSortList([{ key: "name", desc: false }])).toBe("sorted by name");
    expect(
      describeSortList([
        { key: "created_at", desc: true },
        { key: "name", desc: false },
      ]),
    ).toBe("sorted by date created, newest first, then name");
    expect(describeSortList([{ key: "shortcode", desc: true }])).toBe("sorted by shortcode, descending");
  });
});
