import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { CreateCommentBody } from "../../src/kanbert/bodies.ts";
import { type Queryable, selectOne } from "../db/db.ts";
import { validationError } from "../http/errors.ts";

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
