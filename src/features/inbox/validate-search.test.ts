import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchObjects } from "../../test/search-values.ts";
import { inboxSearchSchema } from "./search.ts";
import { validateInboxSearch } from "./validate-search.ts";

describe("validateInboxSearch (the router's check, without zod)", () => {
  it("keeps well-formed values and drops malformed and unknown ones", () => {
    expect(
      validateInboxSearch({
        mentions: true,
        visibility: "internal",
        last7: false,
        author: "u1",
        client: "c1",
        filter: "x",
        sort: "activity",
        other: 1,
      }),
    ).toEqual({
      mentions: true,
      visibility: "internal",
      last7: false,
      author: "u1",
      client: "c1",
      filter: "x",
      sort: "activity",
    });
    expect(validateInboxSearch({ mentions: "true", visibility: "all", sort: "best", author: 7 })).toEqual({});
  });

  it("agrees with inboxSearchSchema, the source of its type, on any search object", () => {
    const keys = ["mentions", "visibility", "last7", "author", "client", "filter", "sort"];
    const choices = ["internal", "public", "newest", "oldest", "activity"];
    fc.assert(
      fc.property(searchObjects(keys, choices), (search) => {
        expect(validateInboxSearch(search)).toEqual(inboxSearchSchema.parse(search));
      }),
    );
  });
});
