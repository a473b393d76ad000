import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Db, selectOne } from "../../../backend/db/db.ts";
import { openTestDb } from "../../../backend/db/test-db.ts";
import { sign } from "../../../backend/webhooks/signature.ts";
import { CommentPage } from "../../../src/kanbert/comments.ts";
import { comment, SECRET, startMirror, TASK } from "./fixtures.ts";

let mirror: Awaited<ReturnType<typeof startMirror>>;
let failing = false;

/** The store, with a switch that makes every statement after the first one in a transaction fail. */
function flaky(db: Db): Db {
  return {
    ...db,
    query: (sql, params) =>
      failing ? Promise.reject(new Error("connection terminated")) : db.query(sql, params),
    transaction: (fn) =>
      db.transaction((tx) => {
        let n = 0;
        return fn({
          exec: tx.exec,
          query: (sql, params) => {
            n += 1;
            if (failing && n > 3) return Promise.reject(new Error('relation "comments" lock timeout'));
            return tx.query(sql, params);
          },
        });
      }),
  };
}

beforeAll(async () => {
  mirror = await startMirror({ db: flaky(await openTestDb()) });
});
afterAll(async () => {
  await mirror.db.close();
});

const Count = z.object({ n: z.number() });
async function count(table: string, where = "true"): Promise<number> {
  const row = await selectOne(mirror.db, Count, `select count(*)::int as n from ${table} where ${where}`);
  return row?.n ?? -1;
}
const status = async (res: Response) => [
  res.status,
  z.object({ status: z.string() }).parse(await res.json()).status,
];

describe("POST /webhooks/kanbert", () => {
  it("rejects unsigned, mis-signed, malformed and oversized deliveries and stores nothing", async () => {
    const body = { event: "comment:create", data: comment("c-bad") };
    expect((await mirror.deliver(body, { signature: null })).status).toBe(401);
    expect((await mirror.deliver(body, { secret: "another secret" })).status).toBe(401);
    expect((await mirror.deliver(body, { signature: "zz" })).status).toBe(401);
    // A valid signature over another body does not carry over.
    const raw = JSON.stringify(body);
    const signed = await mirror.app.request("/webhooks/kanbert", {
      method: "POST",
      headers: { "X-Kanbert-Signature": sign(SECRET, raw) },
      body: raw.replace("c-bad", "c-evil"),
    });
    expect(signed.status).toBe(401);
    expect((await mirror.deliver("{not json")).status).toBe(400);
    expect((await mirror.deliver({ event: "comment:create", data: { id: "x" } })).status).toBe(400);
    expect(
      (await mirror.deliver({ event: "comment:create", data: comment("c-notask", { task: null }) })).status,
    ).toBe(400);
    expect(
      (
        await mirror.deliver({
          event: "comment:create",
          data: comment("c-big", { comment: "x".repeat(300_000) }),
        })
      ).status,
    ).toBe(413);
    expect(await count("comments", "id like 'c-%'")).toBe(0);
  });

  it("acknowledges client events without storing them", async () => {
    const res = await mirror.deliver({ event: "client:update", data: { id: "client-1" } });
    expect(res.status).toBe(202);
  });

  it("stores a create once: a replay changes nothing", async () => {
    const body = { event: "comment:create", data: comment("r-1") };
    expect(await status(await mirror.deliver(body))).toEqual([200, "stored"]);
    expect(await status(await mirror.deliver(body))).toEqual([200, "unchanged"]);
    expect(await count("comments", "id = 'r-1'")).toBe(1);
  });

  it("never lets an older state overwrite a newer one", async () => {
    const update = comment("o-1", { comment: "<p>edited</p>", updated_at: "2026-11-20T10:05:00Z" });
    expect(await status(await mirror.deliver({ event: "comment:update", data: update }))).toEqual([
      200,
      "stored",
    ]);
    expect(await status(await mirror.deliver({ event: "comment:create", data: comment("o-1") }))).toEqual([
      200,
      "stale",
    ]);
    // Same second: the update still beats its create.
    const sameSecond = comment("o-2", { comment: "<p>fixed</p>" });
    await mirror.deliver({ event: "comment:update", data: sameSecond });
    expect(await status(await mirror.deliver({ event: "comment:create", data: comment("o-2") }))).toEqual([
      200,
      "stale",
    ]);
    const body = await selectOne(
      mirror.db,
      z.object({ body: z.string() }),
      "select body from comments where id = $1",
      ["o-1"],
    );
    expect(body?.body).toBe("<p>edited</p>");
    const fixed = await selectOne(
      mirror.db,
      z.object({ body: z.string() }),
      "select body from comments where id = $1",
      ["o-2"],
    );
    expect(fixed?.body).toBe("<p>fixed</p>");
  });

  it("a delete before its create (or update) leaves nothing behind", async () => {
    expect(await status(await mirror.deliver({ event: "comment:delete", data: comment("d-1") }))).toEqual([
      200,
      "deleted",
    ]);
    expect(await status(await mirror.deliver({ event: "comment:create", data: comment("d-1") }))).toEqual([
      200,
      "already deleted",
    ]);
    const later = comment("d-1", { updated_at: "2026-11-21T00:00:00Z" });
    expect(await status(await mirror.deliver({ event: "comment:update", data: later }))).toEqual([
      200,
      "already deleted",
    ]);
    expect(await count("comments", "id = 'd-1'")).toBe(0);
    await mirror.deliver({ event: "comment:create", data: comment("d-2") });
    expect(await status(await mirror.deliver({ event: "comment:delete", data: comment("d-2") }))).toEqual([
      200,
      "deleted",
    ]);
    expect(await count("comments", "id = 'd-2'")).toBe(0);
  });

  it("stores a burst of 1,000 deliveries (each sent twice, concurrently) exactly once", {
    timeout: 120_000,
  }, async () => {
    const ids = Array.from({ length: 1000 }, (_, n) => `b-${n}`);
    const answers = await Promise.all(
      [...ids, ...ids].map((id) => mirror.deliver({ event: "comment:create", data: comment(id) })),
    );
    expect(answers.every((res) => res.status === 200)).toBe(true);
    expect(await count("comments", "id like 'b-%'")).toBe(1000);
  });

  it("answers 503 while the store is down, with nothing half-written; the retry stores it", async () => {
    const data = comment("down-1", {
      author: {
        id: "user-new",
        first_name: "N",
        last_name: "N",
        email: "n@x.test",
        type: "user",
        space: { id: "space-new", name: "New" },
      },
    });
    failing = true;
    try {
      const res = await mirror.deliver({ event: "comment:create", data });
      expect(res.status).toBe(503);
      expect(JSON.stringify(await res.json())).not.toMatch(/relation|lock|connection/);
    } finally {
      failing = false;
    }
    expect(await count("comments", "id = 'down-1'")).toBe(0);
    expect(await count("users", "id = 'user-new'")).toBe(0);
    expect(await count("spaces", "id = 'space-new'")).toBe(0);
    expect(await status(await mirror.deliver({ event: "comment:create", data }))).toEqual([200, "stored"]);
  });
});

describe("GET /api/v1/tasks/comments from the mirror", () => {
  it("401s a token Kanbert refuses, and no token at all", async () => {
    expect((await mirror.list("", "stolen")).status).toBe(401);
    const none = await mirror.app.request("/api/v1/tasks/comments");
    expect(none.status).toBe(401);
  });

  it("shows a guest public comments only, replies included; members see all", async () => {
    await mirror.deliver({
      event: "comment:create",
      data: comment("v-public", { task: { ...TASK, id: "task-v", client_id: "client-v" } }),
    });
    const vTask = { ...TASK, id: "task-v", client_id: "client-v" };
    await mirror.deliver({
      event: "comment:create",
      data: comment("v-internal", { task: vTask, is_public: false }),
    });
    await mirror.deliver({
      event: "comment:create",
      data: comment("v-reply-int", { task: vTask, parent_comment_id: "v-public", is_public: false }),
    });
    await mirror.deliver({
      event: "comment:create",
      data: comment("v-reply-pub", {
        task: vTask,
        parent_comment_id: "v-public",
        created_at: "2026-11-20T10:01:00Z",
      }),
    });
    const query = `?filter=${encodeURIComponent('task.client_id eq "client-v"')}&include=task`;
    const guest = CommentPage.parse(await (await mirror.list(query, "guest")).json());
    expect(guest.data.map((c) => [c.id, c.sub_comments.map((r) => r.id)])).toEqual([
      ["v-public", ["v-reply-pub"]],
    ]);
    const member = CommentPage.parse(await (await mirror.list(query, "member")).json());
    expect(member.data.map((c) => c.id).sort()).toEqual(["v-internal", "v-public"]);
    expect(member.data.find((c) => c.id === "v-public")?.sub_comments.map((r) => r.id)).toEqual([
      "v-reply-int",
      "v-reply-pub",
    ]);
    expect(member.data[0]?.task?.client_id).toBe("client-v");
    expect(member.meta.mirror_since).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("pages with cursors and rejects a bad filter with 400, as the emulator does", async () => {
    const query = `?filter=${encodeURIComponent('task.client_id eq "client-1"')}&sort=-created_at&page[size]=400`;
    expect((await mirror.list(query)).status).toBe(422);
    expect((await mirror.list(`?filter=${encodeURIComponent("nope eq 1")}`)).status).toBe(400);
    const first = CommentPage.parse(await (await mirror.list("?page[size]=2&sort=created_at")).json());
    expect(first.data).toHaveLength(2);
    const next = await mirror.list(`?page[size]=2&sort=created_at&page[cursor]=${first.meta.next_cursor}`);
    const second = CommentPage.parse(await next.json());
    expect(second.data.map((c) => c.id)).not.toContain(first.data[0]?.id);
  });

  it("asks Kanbert about a token once within the cache time", async () => {
    const before = mirror.whoamiCalls.length;
    await mirror.list("", "member");
    await mirror.list("", "member");
    expect(mirror.whoamiCalls.length - before).toBeLessThanOrEqual(1);
  });
});
