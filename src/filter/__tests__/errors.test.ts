import { describe, expect, it } from "vitest";
import { failure } from "../errors.ts";

describe("failure", () => {
  it("builds an error result, with what was expected only when given", () => {
    expect(failure("bad", 3, 2)).toStrictEqual({
      ok: false,
      error: { message: "bad", offset: 3, length: 2 },
    });
    expect(failure("bad", 0, 0, ["x"])).toStrictEqual({
      ok: false,
      error: { message: "bad", offset: 0, length: 0, expected: ["x"] },
    });
  });
});
