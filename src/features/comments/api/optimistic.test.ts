import { describe, expect, it } from "vitest";
import type { CommentData, UserData } from "../../../kanbert/schemas.ts";
import {
  addComment,
  type CommentPages,
  isPending,
  listShowsTask,
  makePending,
  removeComment,
  replaceComment,
} from "./optimistic.ts";

const ME: UserData = {
  id: "u1",
  first_name: "Ada",
  last_name: "Lovelace",
  email: "ada@example.com",
  type: "user",
  space: { id: "s", name: "Home" },
};

function comment(id: string, replies: CommentData[] = []): CommentData {
  return {
    ...makePending({ html: id, isPublic: true, parentId: null, task: null, author: ME, now: new Date(0) }),
    id,
    sub_comments: replies,
  };
}

function pages(...lists: CommentData[][]): CommentPages {
  const meta = {
    path: "",
    per_page: 2,
    next_cursor: null,
    next_cursor_url: null,
    prev_cursor: null,
    prev_cursor_url: null,
  };
  return { pages: lists.map((data) => ({ data, links: [], meta })), pageParams: lists.map(() => null) };
}

describe("optimistic comment cache", () => {
  it("adds a new thread at the top of the first page", () => {
    const pending = makePending({
      html: "<p>x</p>",
      isPublic: false,
      parentId: null,
      task: null,
      author: ME,
      now: new Date(),
    });
    expect(isPending(pending)).toBe(true);
    const next = addComment(pages([comment("a")], [comment("b")]), pending);
    expect(next.pages.map((p) => p.data.map((c) => c.id))).toEqual([[pending.id, "a"], ["b"]]);
  });

  it("appends a reply to its thread on any page, and replaces it with the answer", () => {
    const before = pages([comment("a")], [comment("b", [comment("r1")])]);
    const pending = makePending({
      html: "r",
      isPublic: true,
      parentId: "b",
      task: null,
      author: ME,
      now: new Date(),
    });
    const added = addComment(before, pending);
    expect(added.pages[1]?.data[0]?.sub_comments.map((c) => c.id)).toEqual(["r1", pending.id]);
    const real = { ...pending, id: "r2" };
    const replaced = replaceComment(added, pending.id, real);
    expect(replaced.pages[1]?.data[0]?.sub_comments.map((c) => c.id)).toEqual(["r1", "r2"]);
    expect(before.pages[1]?.data[0]?.sub_comments).toHaveLength(1);
  });

  it("rolls back by restoring the snapshot: the original cache is never mutated", () => {
    const before = pages([comment("a")]);
    const snapshot = structuredClone(before);
    addComment(
      before,
      makePending({ html: "x", isPublic: true, parentId: null, task: null, author: ME, now: new Date() }),
    );
    expect(before).toEqual(snapshot);
  });

  it("rolls back one failed post by taking out only its stand-in (thread or reply)", () => {
    const make = (parentId: string | null) =>
      makePending({ html: "p", isPublic: true, parentId, task: null, author: ME, now: new Date() });
    const first = make(null);
    const reply = make("a");
    const other = make(null);
    const added = addComment(addComment(addComment(pages([comment("a")]), first), reply), other);
    const withoutFirst = removeComment(added, first.id);
    expect(withoutFirst.pages[0]?.data.map((c) => c.id)).toEqual([other.id, "a"]);
    const withoutReply = removeComment(withoutFirst, reply.id);
    expect(withoutReply.pages[0]?.data[1]?.sub_comments).toEqual([]);
  });

  it("only lists of the comment's task (or of all tasks) get it", () => {
    expect(listShowsTask(null, "t1")).toBe(true);
    expect(listShowsTask("t2", "t1")).toBe(false);
    expect(listShowsTask("t1", "t1")).toBe(true);
  });

  it("makes a stand-in with a pending id, nothing attached and no replies yet", () => {
    const task = null;
    const pending = makePending({
      html: "<p>x</p>",
      isPublic: false,
      parentId: "p1",
      task,
      author: ME,
      now: new Date(0),
    });
    expect(pending.id).toMatch(/^pending-\d+$/);
    expect(pending).toEqual({
      id: pending.id,
      external_id: null,
      external_origin: null,
      parent_comment_id: "p1",
      task: null,
      sub_comments: [],
      author: ME,
      comment: "<p>x</p>",
      attachements: [],
      is_public: false,
      created_at: "1970-01-01T00:00:00.000Z",
      updated_at: "1970-01-01T00:00:00.000Z",
    });
    expect(isPending(comment("a"))).toBe(false);
  });

  it("adds a thread to a list with no page loaded as nothing, and a reply only to its own thread", () => {
    const empty: CommentPages = { pages: [], pageParams: [] };
    const thread = makePending({
      html: "t",
      isPublic: true,
      parentId: null,
      task: null,
      author: ME,
      now: new Date(0),
    });
    expect(addComment(empty, thread)).toBe(empty);
    const reply = makePending({
      html: "r",
      isPublic: true,
      parentId: "b",
      task: null,
      author: ME,
      now: new Date(0),
    });
    const added = addComment(pages([comment("a"), comment("b")]), reply);
    expect(added.pages[0]?.data.map((c) => c.sub_comments.map((r) => r.id))).toEqual([[], [reply.id]]);
  });

  it("replaces a pending thread (keeping its replies) and a pending only reply", () => {
    const thread = { ...comment("x", [comment("r1")]), id: "pending-t" };
    const replaced = replaceComment(pages([thread, comment("b")]), "pending-t", comment("real"));
    expect(replaced.pages[0]?.data.map((c) => [c.id, c.sub_comments.map((r) => r.id)])).toEqual([
      ["real", ["r1"]],
      ["b", []],
    ]);
    const onlyReply = replaceComment(
      pages([comment("a", [comment("pending-r")])]),
      "pending-r",
      comment("r2"),
    );
    expect(onlyReply.pages[0]?.data[0]?.sub_comments.map((r) => r.id)).toEqual(["r2"]);
  });

  it("removes one reply among several", () => {
    const removed = removeComment(pages([comment("a", [comment("r1"), comment("r2"), comment("r3")])]), "r2");
    expect(removed.pages[0]?.data[0]?.sub_comments.map((r) => r.id)).toEqual(["r1", "r3"]);
  });
});
