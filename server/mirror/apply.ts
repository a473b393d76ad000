import { z } from "zod";
import type { Db } from "../../backend/db/db.ts";
import { selectOne } from "../../backend/db/db.ts";
import type { CommentData, CommentDelivery, TaskData, UserData } from "../../src/kanbert/schemas.ts";

/**
 * Applies one `comment:*` delivery to the mirror, idempotently and in one transaction:
 * - a repeated delivery changes nothing;
 * - an older state never overwrites a newer one (`updated_at`, then update over create);
 * - a delete leaves a tombstone: a create or update arriving after it stores nothing.
 */

export type ApplyOutcome = "stored" | "unchanged" | "stale" | "deleted" | "already deleted";

const RANK = { "comment:create": 0, "comment:update": 1, "comment:delete": 2 } as const;

/** Every row a comment state touches, as JSON for one statement (`jsonb_populate_record`). */
function rowsOf(comment: CommentData, task: TaskData, rank: number) {
  const created = comment.created_at ?? comment.updated_at ?? task.updated_at;
  const users = new Map<string, UserData>([[comment.author.id, comment.author]]);
  if (task.assignee) users.set(task.assignee.id, task.assignee);
  const people = [...users.values()];
  const { assignee, project, client, ...own } = task;
  return {
    spaces: [...new Map(people.map((u) => [u.space.id, u.space])).values()],
    users: people.map(({ space, ...user }) => ({ ...user, space_id: space.id })),
    task: { ...own, assignee_id: assignee?.id ?? null },
    comment: {
      id: comment.id,
      task_id: task.id,
      parent_comment_id: comment.parent_comment_id,
      author_id: comment.author.id,
      external_id: comment.external_id,
      external_origin: comment.external_origin,
      body: comment.comment,
      is_public: comment.is_public,
      created_at: created,
      updated_at: comment.updated_at ?? created,
      mirror_rank: rank,
    },
    files: comment.attachements.map((file) => ({
      id: file.id,
      comment_id: comment.id,
      file_name: file.file_name,
      mime_type: file.mime_type,
      size: file.size,
      created_at: file.created_at,
    })),
  };
}

/** One statement: spaces, users, the task (newer wins), the comment and its files. */
const STORE = `
with
  sp as (
    insert into spaces (id, name) select id, name from jsonb_to_recordset($1::jsonb->'spaces') as x(id text, name text)
    on conflict (id) do update set name = excluded.name),
  us as (
    insert into users select * from jsonb_populate_recordset(null::users, $1::jsonb->'users')
    on conflict (id) do update set first_name = excluded.first_name, last_name = excluded.last_name,
      email = excluded.email, type = excluded.type, space_id = excluded.space_id),
  tk as (
    insert into tasks select * from jsonb_populate_record(null::tasks, $1::jsonb->'task')
    on conflict (id) do update set project_id = excluded.project_id, client_id = excluded.client_id,
      parent_task_id = excluded.parent_task_id, external_id = excluded.external_id,
      external_origin = excluded.external_origin, uri = excluded.uri, title = excluded.title,
      description = excluded.description, status = excluded.status, type = excluded.type,
      estimated_hours = excluded.estimated_hours, is_onhold = excluded.is_onhold, is_public = excluded.is_public,
      due_date = excluded.due_date, assignee_id = excluded.assignee_id, completed_at = excluded.completed_at,
      closed_at = excluded.closed_at, list_sorting = excluded.list_sorting, updated_at = excluded.updated_at
    where tasks.updated_at <= excluded.updated_at),
  cm as (
    insert into comments select * from jsonb_populate_record(null::comments, $1::jsonb->'comment')
    on conflict (id) do update set task_id = excluded.task_id, parent_comment_id = excluded.parent_comment_id,
      author_id = excluded.author_id, external_id = excluded.external_id, external_origin = excluded.external_origin,
      body = excluded.body, is_public = excluded.is_public, updated_at = excluded.updated_at,
      mirror_rank = excluded.mirror_rank),
  fd as (
    delete from comment_files where comment_id = $2
      and id not in (select x.id from jsonb_to_recordset($1::jsonb->'files') as x(id text))),
  fi as (
    insert into comment_files select * from jsonb_populate_recordset(null::comment_files, $1::jsonb->'files')
    on conflict (id) do update set file_name = excluded.file_name, mime_type = excluded.mime_type,
      size = excluded.size, created_at = excluded.created_at)
select 1`;

/** Takes the comment's lock, then says whether it is deleted, and how its stored state compares. */
const STATE = `
select pg_advisory_xact_lock(hashtext($1))::text as locked,
  exists (select 1 from mirror_tombstones where id = $1) as deleted,
  coalesce((select (updated_at, mirror_rank) > ($2::timestamptz, $3::smallint) from comments where id = $1), false) as newer,
  coalesce((select (updated_at, mirror_rank) = ($2::timestamptz, $3::smallint) from comments where id = $1), false) as same`;

const State = z.object({ deleted: z.boolean(), newer: z.boolean(), same: z.boolean() });

const DELETE = `
with
  fd as (delete from comment_files where comment_id = $1),
  cd as (delete from comments where id = $1)
insert into mirror_tombstones (id, deleted_at) values ($1, $2)`;

export async function applyDelivery(
  db: Db,
  delivery: CommentDelivery,
  task: TaskData,
  now: Date,
): Promise<ApplyOutcome> {
  const { event, data } = delivery;
  const rank = RANK[event];
  const rows = rowsOf(data, task, rank);
  return db.transaction(async (tx) => {
    // Deliveries of one comment apply one after the other (PostgreSQL and PGlite alike).
    const state = await selectOne(tx, State, STATE, [data.id, rows.comment.updated_at, rank]);
    if (state?.deleted) return "already deleted";
    if (event === "comment:delete") {
      await tx.query(DELETE, [data.id, now.toISOString()]);
      return "deleted";
    }
    if (state?.newer) return "stale";
    if (state?.same) return "unchanged";
    await tx.query(STORE, [JSON.stringify(rows), data.id]);
    return "stored";
  });
}
