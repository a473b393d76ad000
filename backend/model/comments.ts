import { z } from "zod";
import type { CommentData, FileData, TaskData } from "../../src/kanbert/schemas.ts";
import { UserType } from "../../src/kanbert/schemas.ts";
import { type Queryable, type Row, select } from "../db/db.ts";
import type { ListSource } from "../sql/list.ts";
import { isoMicros, isoSeconds } from "./sql.ts";
import { tasksById } from "./tasks.ts";
import { presentUser, userColumns } from "./users.ts";

/**
 * EXTENSION (SPEC §7.5 b) — comments as `GET /tasks/comments` lists them, and CommentData. The list
 * runs over top-level comments (`topLevelCommentsSource`) unless the filter names
 * `parent_comment_id` (`allCommentsSource`). Replies are one level deep, oldest first.
 */

const SELECT = [
  "cm.id, cm.task_id, cm.parent_comment_id, cm.external_id, cm.external_origin",
  "cm.body as comment, cm.is_public",
  `${isoSeconds("cm.created_at")} as created_at, ${isoSeconds("cm.updated_at")} as updated_at`,
  userColumns("au", "aus", "a_"),
].join(", ");

const JOINS = `join users au on au.id = cm.author_id
    join spaces aus on aus.id = au.space_id`;

const timestampKey = (column: string) => ({
  sql: column,
  nullable: false,
  type: "timestamptz" as const,
  cursorSql: isoMicros(column),
});

const KEYS = { created_at: timestampKey("cm.created_at"), updated_at: timestampKey("cm.updated_at") };
const ID = { sql: "cm.id", nullable: false, type: "text" as const };

export const topLevelCommentsSource: ListSource = {
  select: SELECT,
  from: `(select * from comments where parent_comment_id is null) cm ${JOINS}`,
  keys: KEYS,
  id: ID,
};

export const allCommentsSource: ListSource = {
  select: SELECT,
  from: `comments cm ${JOINS}`,
  keys: KEYS,
  id: ID,
};

const CommentRow = z.object({
  id: z.string(),
  task_id: z.string(),
  parent_comment_id: z.string().nullable(),
  external_id: z.string().nullable(),
  external_origin: z.string().nullable(),
  comment: z.string().nullable(),
  is_public: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
  a_id: z.string(),
  a_first_name: z.string(),
  a_last_name: z.string(),
  a_email: z.string(),
  a_type: UserType,
  a_space_id: z.string(),
  a_space_name: z.string(),
});
export type CommentRow = z.infer<typeof CommentRow>;

export const parseCommentRow = (row: Row): CommentRow => CommentRow.parse(row);

const FileRow = z.object({
  id: z.string(),
  comment_id: z.string(),
  file_name: z.string(),
  mime_type: z.string(),
  size: z.number(),
  created_at: z.string(),
});

async function filesOf(db: Queryable, ids: readonly string[]): Promise<Map<string, FileData[]>> {
  const grouped = new Map<string, FileData[]>();
  if (ids.length === 0) return grouped;
  const rows = await select(
    db,
    FileRow,
    `select f.id, f.comment_id, f.file_name, f.mime_type, f.size, ${isoSeconds("f.created_at")} as created_at
     from comment_files f where f.comment_id = any($1::text[]) order by f.created_at, f.id`,
    [ids],
  );
  for (const row of rows) {
    const file: FileData = {
      id: row.id,
      file_name: row.file_name,
      mime_type: row.mime_type,
      size: row.size,
      entity_id: row.comment_id,
      entity_type: "comment",
      created_at: row.created_at,
    };
    grouped.set(row.comment_id, [...(grouped.get(row.comment_id) ?? []), file]);
  }
  return grouped;
}

/** Replies of the given top-level comments, oldest first (public ones only for a guest). */
async function repliesOf(db: Queryable, ids: readonly string[], publicOnly: boolean): Promise<CommentRow[]> {
  if (ids.length === 0) return [];
  return select(
    db,
    CommentRow,
    `select ${SELECT} from comments cm ${JOINS}
     where cm.parent_comment_id = any($1::text[])${publicOnly ? " and cm.is_public" : ""}
     order by cm.created_at, cm.id`,
    [ids],
  );
}

interface Loaded {
  files: Map<string, FileData[]>;
  tasks: Map<string, TaskData> | null;
}

function present(row: CommentRow, replies: readonly CommentRow[], loaded: Loaded): CommentData {
  const comment: CommentData = {
    id: row.id,
    external_id: row.external_id,
    external_origin: row.external_origin,
    parent_comment_id: row.parent_comment_id,
    sub_comments: replies.map((reply) => present(reply, [], loaded)),
    author: presentUser({
      id: row.a_id,
      first_name: row.a_first_name,
      last_name: row.a_last_name,
      email: row.a_email,
      type: row.a_type,
      space_id: row.a_space_id,
      space_name: row.a_space_name,
    }),
    comment: row.comment,
    attachements: loaded.files.get(row.id) ?? [],
    is_public: row.is_public,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
  if (loaded.tasks) comment.task = loaded.tasks.get(row.task_id) ?? null;
  return comment;
}

/** A page of comments as CommentData with their `sub_comments`, files and (on request) task. */
export async function presentComments(
  db: Queryable,
  rows: readonly CommentRow[],
  includes: readonly string[],
  options: { publicOnly: boolean } = { publicOnly: false },
): Promise<CommentData[]> {
  const roots = rows.filter((row) => row.parent_comment_id === null).map((row) => row.id);
  const replies = await repliesOf(db, roots, options.publicOnly);
  const all = [...rows, ...replies];
  const loaded: Loaded = {
    files: await filesOf(
      db,
      all.map((row) => row.id),
    ),
    tasks: includes.includes("task")
      ? await tasksById(
          db,
          all.map((row) => row.task_id),
        )
      : null,
  };
  return rows.map((row) =>
    present(
      row,
      replies.filter((reply) => reply.parent_comment_id === row.id),
      loaded,
    ),
  );
}

export async function findComment(db: Queryable, id: string): Promise<CommentRow | null> {
  const rows = await select(db, CommentRow, `select ${SELECT} from comments cm ${JOINS} where cm.id = $1`, [
    id,
  ]);
  return rows[0] ?? null;
}
