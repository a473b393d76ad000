import { describe, expect, it } from "vitest";
import type { CommentData } from "../../../kanbert/schemas.ts";
import { visibleThread } from "./visible-thread.ts";

function comment(id: string, isPublic: boolean, replies: CommentData[] = []): CommentData {
  return {
    id,
    external_id: null,
    external_origin: null,
    parent_comment_id: replies.length === 0 && id.startsWith("r") ? "root" : null,
    sub_comments: replies,
    author: {
      id: "u",
      first_name: "A",
      last_name: "B",
      email: "a@b.c",
      type: "user",
      space: { id: "s", name: "S" },
    },
    comment: "<p>x</p>",
    attachements: [],
    is_public: isPublic,
    created_at: null,
    updated_at: null,
  };
}

const ids = (list: readonly CommentData[]) => list.map((c) => c.id);
const thread = comment("root", true, [comment("r1", false), comment("r2", true), comment("r3", false)]);

describe("visibleThread", () => {
  it("shows everything for all", () => {
    expect(ids(visibleThread(thread, "all")?.replies ?? [])).toEqual(["r1", "r2", "r3"]);
  });
  it("public only drops internal replies under a public thread", () => {
    const shown = visibleThread(thread, "public");
    expect(shown?.rootShown).toBe(true);
    expect(ids(shown?.replies ?? [])).toEqual(["r2"]);
  });
  it("internal only keeps the internal replies and hides the public root", () => {
    const shown = visibleThread(thread, "internal");
    expect(shown?.rootShown).toBe(false);
    expect(ids(shown?.replies ?? [])).toEqual(["r1", "r3"]);
  });
  it("drops a thread with nothing matching", () => {
    expect(visibleThread(comment("root", true, [comment("r1", true)]), "internal")).toBeNull();
  });
});
