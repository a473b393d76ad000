import { describe, expect, it } from "vitest";
import { SqlParams } from "../../../backend/filter/params.ts";

/** The placeholders values travel by. */

describe("SqlParams", () => {
  it("numbers placeholders from 1, with the cast when one is given", () => {
    const params = new SqlParams();
    expect(params.add("x")).toBe("$1");
    expect(params.add(5, "float8")).toBe("$2::float8");
    expect(params.add(["a"], "text[]")).toBe("$3::text[]");
    expect(params.values).toEqual(["x", 5, ["a"]]);
  });
  it("numbers after an offset", () => {
    const params = new SqlParams(3);
    expect(params.add(null, "date")).toBe("$4::date");
    expect(params.add(true)).toBe("$5");
    expect(params.values).toEqual([null, true]);
  });
});
