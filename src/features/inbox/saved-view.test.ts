import { describe, expect, it } from "vitest";
import { inboxSearchOf, inboxSnapshot } from "./saved-view.ts";

describe("the inbox as a saved view", () => {
  it("holds the quick filters and the typed filter as one canonical text, and the sort key", () => {
    expect(
      inboxSnapshot({
        mentions: true,
        visibility: "internal",
        filter: 'task.client.name contains "acme"',
        sort: "activity",
      }),
    ).toEqual({
      filter: 'mentions.id eq me.id and is_public eq false and task.client.name contains "acme"',
      sort: "-updated_at",
      columns: [],
    });
    expect(inboxSnapshot({})).toEqual({ filter: "", sort: "-created_at", columns: [] });
  });

  it("opens as the typed filter and the sort (newest is the default, left out)", () => {
    expect(inboxSearchOf({ filter: "is_public eq true", sort: "created_at", columns: [] })).toEqual({
      filter: "is_public eq true",
      sort: "oldest",
    });
    expect(inboxSearchOf({ filter: "", sort: "-created_at", columns: [] })).toEqual({
      filter: undefined,
      sort: undefined,
    });
  });
});
