import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommentPage } from "../../src/kanbert/comments.ts";
import { CommentData, ValidationErrorBody } from "../../src/kanbert/schemas.ts";
import { XSS_CORPUS } from "../../src/kanbert/xss-corpus.ts";
import { INTEGRATION_SLUG, INTEGRATION_USER_ID } from "../config.ts";
import { XSS_CLIENT, XSS_TASK_IDS } from "../db/seed-xss.ts";
import { api, CLOCK, type Emulator, startEmulator } from "./harness.ts";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ clients: 80 });
});
afterAll(async () => {
  await emu.db.close();
});

const ofClient = `task.client_id eq "${XSS_CLIENT.id}"`;
const [TASK_A = "", TASK_B = ""] = XSS_TASK_IDS;

async function page(query: Record<string, string | number>) {
  const res = await emu.get(api("/tasks/comments", query));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return CommentPage.parse(res.body);
}

async function walk(query: Record<string, string | number>, size: number) {
  const all: CommentData[] = [];
  let cursor: string | null = null;
  do {
    const next = await page({ ...query, "page[size]": size, ...(cursor ? { "page[cursor]": cursor } : {}) });
    all.push(...next.data);
    cursor = next.meta.next_cursor;
  } while (cursor);
  return all;
}

const post = (body: unknown) => emu.call("POST", api("/tasks/comments"), { body });

describe("GET /tasks/comments (extension)", () => {
  it("pages over top-level comments newest first, each with its replies oldest first", async () => {
    const threads = await walk({ filter: ofClient, sort: "-created_at" }, 7);
    const replies = threads.flatMap((t) => t.sub_comments);
    expect(threads.length + replies.length).toBe(XSS_CORPUS.length);
    expect(threads.every((t) => t.parent_comment_id === null)).toBe(true);
    expect(new Set(threads.map((t) => t.id)).size).toBe(threads.length);
    const times = threads.map((t) => t.created_at ?? "");
    expect(times).toEqual([...times].sort().reverse());
    for (const thread of threads) {
      const at = thread.sub_comments.map((r) => r.created_at ?? "");
      expect(at).toEqual([...at].sort());
      for (const reply of thread.sub_comments) {
        expect(reply.parent_comment_id).toBe(thread.id);
        expect(reply.sub_comments).toEqual([]);
      }
    }
    expect(replies.length).toBeGreaterThan(5);
    expect(threads[0]?.task).toBeUndefined();
  });

  it("includes the task on request and lists attachments", async () => {
    const withTask = await page({ filter: ofClient, include: "task", "page[size]": 3 });
    expect(withTask.data[0]?.task?.client_id).toBe(XSS_CLIENT.id);
    const { rows } = await emu.db.query(
      "select c.id from comment_files f join comments c on c.id = f.comment_id where c.parent_comment_id is null limit 1",
    );
    const id = String(rows[0]?.id);
    const res = await page({ filter: `task.id eq "${await taskOf(id)}"`, "page[size]": 100 });
    const found = res.data.find((c) => c.id === id);
    expect(found?.attachements[0]).toMatchObject({ entity_id: id, entity_type: "comment" });
    expect(found?.attachements[0]?.size).toBeGreaterThan(0);
  });

  it("filters by task, visibility, author, creation time and parent", async () => {
    const onA = await walk({ filter: `${ofClient} and task.id eq "${TASK_A}"` }, 100);
    expect(onA.length).toBeGreaterThan(0);
    const internal = await walk({ filter: `${ofClient} and is_public eq false` }, 100);
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.every((c) => !c.is_public)).toBe(true);
    const author = internal[0]?.author.id ?? "";
    const byAuthor = await walk({ filter: `${ofClient} and author.id eq "${author}"` }, 100);
    expect(byAuthor.every((c) => c.author.id === author)).toBe(true);
    const recent = await walk({ filter: `${ofClient} and created_at gte "2026-11-01T00:00:00Z"` }, 100);
    expect(recent.every((c) => (c.created_at ?? "") >= "2026-11-01T00:00:00Z")).toBe(true);
    const root = (await walk({ filter: ofClient }, 100)).find((c) => c.sub_comments.length > 0);
    const replies = await walk({ filter: `parent_comment_id eq "${root?.id}"` }, 100);
    expect(replies.map((r) => r.id)).toEqual(root?.sub_comments.map((r) => r.id));
  });

  it("rejects unknown filter fields and sorts with 400", async () => {
    expect((await emu.get(api("/tasks/comments", { filter: 'body contains "x"' }))).status).toBe(400);
    expect((await emu.get(api("/tasks/comments", { sort: "author" }))).status).toBe(400);
  });
});

async function taskOf(commentId: string): Promise<string> {
  const { rows } = await emu.db.query("select task_id from comments where id = $1", [commentId]);
  return String(rows[0]?.task_id);
}

describe("POST /tasks/comments", () => {
  it("creates a public comment by the token's user (201)", async () => {
    const res = await post({ task_id: TASK_A, comment: '<p>Hi <mention data-id="x" /></p>' });
    expect(res.status).toBe(201);
    const comment = CommentData.parse(res.body);
    expect(comment).toMatchObject({
      parent_comment_id: null,
      is_public: true,
      external_id: null,
      external_origin: null,
      sub_comments: [],
      attachements: [],
      comment: '<p>Hi <mention data-id="x" /></p>',
      created_at: CLOCK.toISOString().replace(".000", ""),
    });
    expect(comment.author.id).toBe(INTEGRATION_USER_ID);
  });

  it("threads replies one level deep: a reply to a reply joins the root", async () => {
    const root = CommentData.parse((await post({ task_id: TASK_B, comment: "root", is_public: false })).body);
    emu.tick();
    const reply = CommentData.parse(
      (await post({ task_id: TASK_B, comment: "reply", parent_comment_id: root.id })).body,
    );
    emu.tick();
    const deeper = await post({ task_id: TASK_B, comment: "deeper", parent_comment_id: reply.id });
    expect(deeper.status).toBe(201);
    expect(CommentData.parse(deeper.body).parent_comment_id).toBe(root.id);
    const thread = (await page({ filter: `task.id eq "${TASK_B}"`, sort: "-created_at", "page[size]": 1 }))
      .data[0];
    expect(thread?.id).toBe(root.id);
    expect(thread?.is_public).toBe(false);
    expect(thread?.sub_comments.map((c) => c.comment)).toEqual(["reply", "deeper"]);
  });

  it("defaults external_origin to the integration slug and keeps (origin, id) unique", async () => {
    const first = await post({ task_id: TASK_A, comment: "synced", external_id: "ext-1" });
    expect(first.status).toBe(201);
    expect(CommentData.parse(first.body).external_origin).toBe(INTEGRATION_SLUG);
    const other = await post({
      task_id: TASK_A,
      comment: "other",
      external_id: "ext-1",
      external_origin: "crm",
    });
    expect(other.status).toBe(201);
  });

  it("answers a repeated external id (same origin) with the existing comment: a retry is idempotent", async () => {
    const body = {
      task_id: TASK_A,
      comment: "<p>posted once</p>",
      external_id: "draft-7f3a",
      external_origin: "kanbert-console",
    };
    const first = await post(body);
    expect(first.status).toBe(201);
    const created = CommentData.parse(first.body);
    const again = await post(body);
    expect(again.status).toBe(200);
    const repeated = CommentData.parse(again.body);
    expect(repeated.id).toBe(created.id);
    expect(repeated.comment).toBe("<p>posted once</p>");
    expect(repeated.external_origin).toBe("kanbert-console");
    const sameId = await page({
      filter: `${ofClient} and task.id eq "${TASK_A}"`,
      "page[size]": 100,
    });
    expect(sameId.data.filter((c) => c.external_id === "draft-7f3a")).toHaveLength(1);
    const later = await post({ ...body, comment: "<p>edited</p>" });
    expect(later.status).toBe(200);
    expect(CommentData.parse(later.body).id).toBe(created.id);
  });

  it("answers 422 per field", async () => {
    expect422(await post({ comment: "x" }), "task_id", "The task id field is required.");
    expect422(await post({ task_id: "nope", comment: "x" }), "task_id", "The selected task id is invalid.");
    expect422(await post({ task_id: TASK_A, comment: "x", parent_comment_id: "nope" }), "parent_comment_id");
    const onB = (await page({ filter: `task.id eq "${TASK_B}"`, "page[size]": 1 })).data[0]?.id;
    expect422(
      await post({ task_id: TASK_A, comment: "x", parent_comment_id: onB }),
      "parent_comment_id",
      "The parent comment must belong to the same task.",
    );
    expect422(await post({ task_id: TASK_A, comment: "" }), "comment");
    expect422(await post({ task_id: TASK_A, comment: "   " }), "comment", "The comment field is required.");
    expect422(await post({ task_id: TASK_A }), "comment", "The comment field is required.");
    expect422(await post({ task_id: TASK_A, comment: "x".repeat(65_536) }), "comment");
    expect((await post({ task_id: TASK_A, comment: "x".repeat(65_535) })).status).toBe(201);
    expect422(await post({ task_id: TASK_A, comment: "x", is_public: "yes" }), "is_public");
  });
});

function expect422(res: { status: number; body: unknown }, field: string, message?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(422);
  const body = ValidationErrorBody.parse(res.body);
  expect(Object.keys(body.errors)).toContain(field);
  if (message) expect(body.errors[field]).toEqual([message]);
}
