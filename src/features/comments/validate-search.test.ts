import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchObjects } from "../../test/search-values.ts";
import { CommentsSearch } from "./search.ts";
import { validateCommentsSearch } from "./validate-search.ts";

describe("validateCommentsSearch (the router's check, without zod)", () => {
  it("keeps well-formed values and drops malformed and unknown ones", () => {
    expect(validateCommentsSearch({ commentTask: "t1", commentShow: "internal", filter: "x" })).toEqual({
      commentTask: "t1",
      commentShow: "internal",
    });
    expect(validateCommentsSearch({ commentTask: "", commentShow: "all" })).toEqual({});
  });

  it("agrees with the CommentsSearch schema, the source of its type, on any search object", () => {
    fc.assert(
      fc.property(searchObjects(["commentTask", "commentShow"], ["public", "internal"]), (search) => {
        expect(validateCommentsSearch(search)).toEqual(CommentsSearch.parse(search));
      }),
    );
  });
});
