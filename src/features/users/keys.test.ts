import { describe, expect, it } from "vitest";
import { userKeys } from "./keys.ts";

describe("userKeys", () => {
  it("spells each key once, under ['users']", () => {
    expect(userKeys.all).toEqual(["users"]);
    expect(userKeys.me()).toEqual(["users", "me"]);
    expect(userKeys.directory()).toEqual(["users", "directory"]);
    expect(userKeys.search("ann")).toEqual(["users", "search", "ann"]);
  });

  it("gives the search and the directory different keys (one data shape per key)", () => {
    expect(userKeys.search("")).toEqual(["users", "search", ""]);
    expect(userKeys.search("")).not.toEqual(userKeys.directory());
  });

  it("trims the search text, so ' ann ' and 'ann' share one entry", () => {
    expect(userKeys.search("  ann ")).toEqual(["users", "search", "ann"]);
  });
});
