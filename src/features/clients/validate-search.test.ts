import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchObjects } from "../../test/search-values.ts";
import { clientsSearchSchema } from "./search.ts";
import { validateClientsSearch } from "./validate-search.ts";

describe("validateClientsSearch (the router's check, without zod)", () => {
  it("keeps well-formed values and drops malformed and unknown ones", () => {
    expect(
      validateClientsSearch({
        filter: "name ~ 'a'",
        sort: "-name",
        archived: "only",
        cols: "name,segment",
        x: 1,
      }),
    ).toEqual({ filter: "name ~ 'a'", sort: "-name", archived: "only", cols: "name,segment" });
    expect(validateClientsSearch({ filter: 42, sort: ["name"], archived: "maybe", cols: true })).toEqual({});
  });

  it("agrees with clientsSearchSchema, the source of its type, on any search object", () => {
    const keys = ["filter", "sort", "archived", "cols"];
    fc.assert(
      fc.property(searchObjects(keys, ["with", "only", "without", "name"]), (search) => {
        expect(validateClientsSearch(search)).toEqual(clientsSearchSchema.parse(search));
      }),
    );
  });
});
