import { describe, expect, it } from "vitest";
import { goToKeys } from "./keys.ts";

describe("goToKeys", () => {
  it("keeps Go to client searches out of the ['clients'] hierarchy", () => {
    expect(goToKeys.search('name contains "x"')).toEqual(["go-to-client", "search", 'name contains "x"']);
    expect(goToKeys.search("")[0]).not.toBe("clients");
  });
});
