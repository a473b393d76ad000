import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommentPage } from "../../src/kanbert/comments.ts";
import type { CommentData } from "../../src/kanbert/schemas.ts";
import { INTEGRATION_USER_ID } from "../config.ts";
import { api, type Emulator, startEmulator } from "./harness.ts";

/**
 * The inbox's filters and sort on `GET /tasks/comments` (extension): `mentions.id`, the task's
 * client name and segment, `sort=-updated_at` as last activity. Each compared with a reference
 * computed here from the unfiltered listing.
 */

let emu: Emulator;
let all: CommentData[];
let clients: Map<string, { name: string; segment: string }>;
beforeAll(async () => {
  emu = await startEmulator({ clients: 24 });
  all = await walk({ include: "task" });
  const { rows } = await emu.db.query("select id, name, segment from clients");
  clients = new Map(
    rows.map((row) => [String(row.id), { name: String(row.name), segment: String(row.segment) }]),
  );
}, 60_000);
afterAll(async () => {
  await emu.db.close();
});

async function walk(query: Record<string, string>): Promise<CommentData[]> {
  const out: CommentData[] = [];
  let cursor: string | null = null;
  do {
    const res = await emu.get(
      api("/tasks/comments", { ...query, "page[size]": 100, ...(cursor ? { "page[cursor]": cursor } : {}) }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const page = CommentPage.parse(res.body);
    out.push(...page.data);
    cursor = page.meta.next_cursor;
  } while (cursor);
  return out;
}

const ids = (threads: readonly CommentData[]) => threads.map((t) => t.id).sort();

/** Reference: the ids a body mentions, read with a plain regular expression. */
function mentioned(body: string | null): string[] {
  return [...(body ?? "").matchAll(/<mention\s[^>]*data-id\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map(
    (m) => m[1] ?? m[2] ?? "",
  );
}
const threadMentions = (t: CommentData) => [t, ...t.sub_comments].flatMap((c) => mentioned(c.comment));
const clientOf = (t: CommentData) => clients.get(t.task?.client_id ?? "");

describe("GET /tasks/comments: inbox filters", () => {
  it("mentions.id eq me.id selects the threads whose comment or a reply mentions the token's user", async () => {
    const root = all.find((t) => t.sub_comments.length === 0 && t.task);
    const other = all.find((t) => t.id !== root?.id && t.sub_comments.length === 0);
    const post = (body: unknown) => emu.call("POST", api("/tasks/comments"), { body });
    // A reply mentioning me (double quotes) and a top-level comment with single quotes.
    expect(
      (
        await post({
          task_id: root?.task?.id,
          parent_comment_id: root?.id,
          comment: `<p>cc <mention data-id="${INTEGRATION_USER_ID}" /></p>`,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await post({
          task_id: other?.task?.id,
          comment: `<mention data-id='${INTEGRATION_USER_ID}'></mention>`,
        })
      ).status,
    ).toBe(201);
    const fresh = await walk({ include: "task" });
    const expected = fresh.filter((t) => threadMentions(t).includes(INTEGRATION_USER_ID));
    expect(expected.map((t) => t.id)).toContain(root?.id);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(ids(await walk({ filter: "mentions.id eq me.id" }))).toEqual(ids(expected));
  });

  it("mentions.id agrees with the reference for every mentioned user, with eq and in", async () => {
    const people = [...new Set(all.flatMap(threadMentions))].slice(0, 6);
    expect(people.length).toBeGreaterThan(1);
    for (const person of people) {
      const expected = all.filter((t) => threadMentions(t).includes(person));
      expect(ids(await walk({ filter: `mentions.id eq "${person}"` }))).toEqual(ids(expected));
    }
    const pair = people.slice(0, 2);
    const either = all.filter((t) => threadMentions(t).some((p) => pair.includes(p)));
    expect(ids(await walk({ filter: `mentions.id in ["${pair.join('", "')}"]` }))).toEqual(ids(either));
    expect((await emu.get(api("/tasks/comments", { filter: 'mentions.id ne "x"' }))).status).toBe(400);
  });

  it("filters by the task's client name and segment", async () => {
    all = await walk({ include: "task" });
    const first = all[0];
    const name = first ? (clientOf(first)?.name ?? "") : "";
    const word = name.split(" ")[0]?.toLowerCase() ?? "";
    const byName = all.filter((t) => (clientOf(t)?.name ?? "").toLowerCase().includes(word));
    expect(byName.length).toBeGreaterThan(0);
    expect(ids(await walk({ filter: `task.client.name contains "${word.toUpperCase()}"` }))).toEqual(
      ids(byName),
    );
    const segmentA = all.filter((t) => clientOf(t)?.segment === "A");
    expect(ids(await walk({ filter: 'task.client.segment eq "A"' }))).toEqual(ids(segmentA));
  });

  it("hostile client names select what a plain string match selects, never an SQL error", async () => {
    all = await walk({ include: "task" });
    for (const value of [
      "%",
      "_",
      "\\",
      "'",
      '"',
      "'; drop table comments; --",
      "ä",
      "🚀",
      "x".repeat(5000),
    ]) {
      const expected = all.filter((t) =>
        (clientOf(t)?.name ?? "").toLowerCase().includes(value.toLowerCase()),
      );
      const got = await walk({ filter: `task.client.name contains ${JSON.stringify(value)}` });
      expect(ids(got), value).toEqual(ids(expected));
    }
  });

  it("sort=-updated_at is the last activity in the thread: a new reply brings an old thread first", async () => {
    const oldest = (await walk({ sort: "created_at", include: "task" }))[0];
    expect(oldest).toBeDefined();
    emu.tick(60 * 60 * 1000);
    const reply = await emu.call("POST", api("/tasks/comments"), {
      body: { task_id: oldest?.task?.id, parent_comment_id: oldest?.id, comment: "<p>bump</p>" },
    });
    expect(reply.status).toBe(201);
    const byActivity = await walk({ sort: "-updated_at" });
    expect(byActivity[0]?.id).toBe(oldest?.id);
    expect(byActivity[0]?.updated_at).toBe(oldest?.updated_at);
    expect(new Set(byActivity.map((t) => t.id)).size).toBe(byActivity.length);
    expect(byActivity.length).toBe((await walk({})).length);
  });
});
