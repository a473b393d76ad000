import type { Db } from "../../../backend/db/db.ts";
import * as fixture from "../../../src/filter/__tests__/fixture.ts";
import type { Row } from "../../../src/filter/index.ts";

/**
 * Comments on the filter fixture's tasks for the comments listing's differential test: threads
 * and replies, public and internal, mentions in either quote style (in a reply too), around
 * FROZEN_NOW so that the date macros cut through them.
 */
interface FixtureComment {
  id: string;
  task_id: string;
  parent_comment_id: string | null;
  author_id: string;
  body: string | null;
  is_public: boolean;
  created_at: string;
}

const mention = (id: string, quote = '"') => `<mention data-id=${quote}${id}${quote} />`;

const comments: readonly FixtureComment[] = [
  {
    id: "m1",
    task_id: "t1",
    parent_comment_id: null,
    author_id: "u-alice",
    body: `<p>Hi ${mention("u-bob")}</p>`,
    is_public: true,
    created_at: "2025-03-12T08:00:00Z",
  },
  {
    id: "m2",
    task_id: "t1",
    parent_comment_id: "m1",
    author_id: "u-bob",
    body: `<p>${mention("u-alice", "'")} done</p>`,
    is_public: true,
    created_at: "2025-03-12T09:30:00Z",
  },
  {
    id: "m3",
    task_id: "t2",
    parent_comment_id: null,
    author_id: "u-bob",
    body: "<p>Internal note</p>",
    is_public: false,
    created_at: "2025-03-10T10:00:00Z",
  },
  {
    id: "m4",
    task_id: "t3",
    parent_comment_id: null,
    author_id: "u-gina",
    body: `<p>${mention("u-gina")} and ${mention("u-alice")}</p>`,
    is_public: true,
    created_at: "2025-02-20T12:00:00Z",
  },
  {
    id: "m5",
    task_id: "t4",
    parent_comment_id: null,
    author_id: "u-alice",
    body: null,
    is_public: false,
    created_at: "2025-03-01T00:00:00Z",
  },
  {
    id: "m6",
    task_id: "t4",
    parent_comment_id: "m5",
    author_id: "u-bob",
    body: `<p>${mention("nope")}</p>`,
    is_public: false,
    created_at: "2025-03-12T10:00:00Z",
  },
  {
    id: "m7",
    task_id: "t5",
    parent_comment_id: null,
    author_id: "u-bob",
    body: '<p>mention data-id="u-bob" as plain text</p>',
    is_public: true,
    created_at: "2024-12-01T00:00:00Z",
  },
  {
    id: "m8",
    task_id: "t6",
    parent_comment_id: null,
    author_id: "u-alice",
    body: `<p>${mention("u-bob")}</p>`,
    is_public: false,
    created_at: "2025-03-17T00:00:00Z",
  },
  {
    id: "m9",
    task_id: "t6",
    parent_comment_id: "m8",
    author_id: "u-gina",
    body: `<p>${mention("u-bob")} ${mention("u-gina")}</p>`,
    is_public: false,
    created_at: "2025-03-12T12:00:00Z",
  },
];

export async function loadComments(db: Db): Promise<void> {
  for (const c of comments)
    await db.query(
      "insert into comments (id, task_id, parent_comment_id, author_id, body, is_public, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $7)",
      [c.id, c.task_id, c.parent_comment_id, c.author_id, c.body, c.is_public, c.created_at],
    );
}

/** The mentioned user ids of a comment's own HTML (the renderer's reading of `<mention>`). */
const mentionsIn = (html: string | null) =>
  [...(html ?? "").matchAll(/<mention\s[^>]*data-id\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map(
    (m) => m[1] ?? m[2] ?? "",
  );

/** Every comment as the reference evaluator reads it; `mentions.id` covers the comment and its replies. */
export const commentRows: readonly { id: string; row: Row }[] = comments.map((c) => {
  const task = fixture.tasks.find((t) => t.id === c.task_id);
  const client = fixture.clients.find((k) => k.id === task?.client_id);
  const thread = comments.filter((x) => x.id === c.id || x.parent_comment_id === c.id);
  return {
    id: c.id,
    row: {
      "task.id": c.task_id,
      "task.client_id": task?.client_id ?? null,
      "task.client.name": client?.name ?? null,
      "task.client.segment": client?.segment ?? null,
      "mentions.id": thread.flatMap((x) => mentionsIn(x.body)),
      "author.id": c.author_id,
      parent_comment_id: c.parent_comment_id,
      is_public: c.is_public,
      created_at: c.created_at,
    },
  };
});
