import { randomUUID } from "node:crypto";
import { z } from "zod";
import { type Queryable, selectOne } from "../../backend/db/db.ts";
import { validationError } from "../../backend/http/errors.ts";
import type { CreateCommentBody, UpdateCommentBody } from "../../src/kanbert/bodies.ts";

/**
 * `POST /tasks/comments` (SPEC §7.1, §7.3): checks, threading and the insert. An `external_id` is
 * unique within its origin; a repeat of one (same origin) is a retry and gets the existing comment
 * back, so a client that lost a response can post again without making a second comment.
 */

const UNKNOWN_TASK = "The selected task id is invalid.";
const UNKNOWN_PARENT = "The selected parent comment id is invalid.";
const OTHER_TASK = "The parent comment must belong to the same task.";
const EMPTY = "The comment field is required.";

const Parent = z.object({ id: z.string(), task_id: z.string(), parent_comment_id: z.string().nullable() });
const Exists = z.object({ id: z.string() });

const blank = (value: string | null | undefined) =>
  value === undefined || value === null || value === "" ? null : value;

export interface CommentAuthor {
  userId: string;
  /** The integration slug: `external_origin` when an `external_id` comes without one. */
  slug: string;
}

export interface Created {
  id: string;
  /** True when the `external_id` was already there: nothing was inserted. */
  existing: boolean;
}

/** Creates the comment (or finds the one with the same external id); every failing field → one 422. */
export async function createComment(
  db: Queryable,
  body: CreateCommentBody,
  author: CommentAuthor,
  now: Date,
): Promise<Created> {
  const externalId = blank(body.external_id);
  const origin = blank(body.external_origin) ?? (externalId !== null ? author.slug : null);
  if (externalId !== null) {
    const existing = await selectOne(
      db,
      Exists,
      "select id from comments where external_origin is not distinct from $1 and external_id = $2",
      [origin, externalId],
    );
    if (existing) return { id: existing.id, existing: true };
  }

  const errors: Record<string, string[]> = {};
  const task = await selectOne(db, Exists, "select id from tasks where id = $1", [body.task_id]);
  if (!task) errors.task_id = [UNKNOWN_TASK];

  // One level of threads: a reply to a reply joins the root's thread.
  let parentId: string | null = null;
  const requested = blank(body.parent_comment_id);
  if (requested !== null) {
    const parent = await selectOne(
      db,
      Parent,
      "select id, task_id, parent_comment_id from comments where id = $1",
      [requested],
    );
    if (!parent) errors.parent_comment_id = [UNKNOWN_PARENT];
    else if (task && parent.task_id !== body.task_id) errors.parent_comment_id = [OTHER_TASK];
    else parentId = parent.parent_comment_id ?? parent.id;
  }

  if (body.comment.trim() === "") errors.comment = [EMPTY];

  if (Object.keys(errors).length > 0) throw validationError(errors);

  const id = randomUUID();
  await db.query(
    `insert into comments (id, task_id, parent_comment_id, author_id, external_id, external_origin, body, is_public, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
    [
      id,
      body.task_id,
      parentId,
      author.userId,
      externalId,
      origin,
      body.comment,
      body.is_public ?? true,
      now.toISOString(),
    ],
  );
  return { id, existing: false };
}

/** EMULATOR EXTENSION (backstage): edit a comment as Kanbert's own app would. False when it is gone. */
export async function updateComment(
  db: Queryable,
  id: string,
  body: UpdateCommentBody,
  now: Date,
): Promise<boolean> {
  if (body.comment !== undefined && body.comment.trim() === "") throw validationError({ comment: [EMPTY] });
  const { affectedRows } = await db.query(
    `update comments set body = coalesce($2, body), is_public = coalesce($3, is_public), updated_at = $4
     where id = $1`,
    [id, body.comment ?? null, body.is_public ?? null, now.toISOString()],
  );
  return affectedRows > 0;
}

/** EMULATOR EXTENSION (backstage): delete a comment, its files, and its replies (ids returned, replies first). */
export async function deleteComment(db: Queryable, id: string): Promise<string[]> {
  const { rows } = await db.query(
    "select id from comments where parent_comment_id = $1 or id = $1 order by (id = $1), created_at, id",
    [id],
  );
  const ids = rows.flatMap((row) => (typeof row.id === "string" ? [row.id] : []));
  if (ids.length === 0) return [];
  await db.query("delete from comment_files where comment_id = any($1::text[])", [ids]);
  await db.query("delete from comments where parent_comment_id = $1", [id]);
  await db.query("delete from comments where id = $1", [id]);
  return ids;
}
