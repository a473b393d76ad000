import * as z from "zod/mini";
import { TaskData, UserType } from "../../src/kanbert/schemas.ts";
import { type Queryable, type Row, select } from "../db/db.ts";
import type { ListSource } from "../sql/list.ts";
import { isoDate, isoMicros, isoSeconds } from "./sql.ts";
import { userColumns } from "./users.ts";

/** `GET /tasks` (SPEC §6.3): the list source over `tasks t`, rows and their TaskData. */

const FROM = `tasks t
    left join users au on au.id = t.assignee_id
    left join spaces aus on aus.id = au.space_id`;

const timestampKey = (column: string) => ({
  sql: column,
  nullable: false,
  type: "timestamptz" as const,
  cursorSql: isoMicros(column),
});

export const tasksSource: ListSource = {
  select: [
    "t.id, t.project_id, t.client_id, t.parent_task_id, t.external_id, t.external_origin",
    "t.uri, t.title, t.description, t.status, t.type, t.estimated_hours, t.is_onhold, t.is_public",
    `${isoDate("t.due_date")} as due_date, t.list_sorting`,
    `${isoSeconds("t.completed_at")} as completed_at, ${isoSeconds("t.closed_at")} as closed_at`,
    `${isoSeconds("t.created_at")} as created_at, ${isoSeconds("t.updated_at")} as updated_at`,
    userColumns("au", "aus", "a_"),
  ].join(", "),
  from: FROM,
  keys: {
    title: { sql: "t.title", nullable: false, type: "text" },
    uri: { sql: "t.uri", nullable: false, type: "text" },
    status: { sql: "t.status", nullable: false, type: "text" },
    // ISO text sorts like the date; the cursor compares text with text.
    due_date: { sql: isoDate("t.due_date"), nullable: true, type: "text" },
    created_at: timestampKey("t.created_at"),
    updated_at: timestampKey("t.updated_at"),
  },
  id: { sql: "t.id", nullable: false, type: "text" },
};

/** A task's own TaskData columns (relations are added by task-includes.ts) and its assignee under `a_`. */
const TaskRow = z.extend(z.omit(TaskData, { assignee: true, project: true, client: true }), {
  a_id: z.nullable(z.string()),
  a_first_name: z.nullable(z.string()),
  a_last_name: z.nullable(z.string()),
  a_email: z.nullable(z.string()),
  a_type: z.nullable(UserType),
  a_space_id: z.nullable(z.string()),
  a_space_name: z.nullable(z.string()),
});
export type TaskRow = z.infer<typeof TaskRow>;

export const parseTaskRow = (row: Row): TaskRow => TaskRow.parse(row);

function assignee(row: TaskRow): TaskData["assignee"] {
  const { a_id, a_first_name, a_last_name, a_email, a_type, a_space_id, a_space_name } = row;
  if (a_id === null || a_first_name === null || a_last_name === null || a_email === null) return null;
  if (a_type === null || a_space_id === null || a_space_name === null) return null;
  return {
    id: a_id,
    first_name: a_first_name,
    last_name: a_last_name,
    email: a_email,
    type: a_type,
    space: { id: a_space_id, name: a_space_name },
  };
}

export function presentTask(row: TaskRow): TaskData {
  const { a_id, a_first_name, a_last_name, a_email, a_type, a_space_id, a_space_name, ...task } = row;
  return { ...task, assignee: assignee(row) };
}

/** Tasks matching `where` (a constant condition over `t`, values in `params`), list order. */
export async function selectTasks(
  db: Queryable,
  where: string,
  params: readonly unknown[],
): Promise<TaskRow[]> {
  return select(
    db,
    TaskRow,
    `select ${tasksSource.select} from ${tasksSource.from} where ${where} order by t.list_sorting, t.id`,
    params,
  );
}

export async function tasksById(db: Queryable, ids: readonly string[]): Promise<Map<string, TaskData>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await selectTasks(db, "t.id = any($1::text[])", [unique]);
  return new Map(rows.map((row) => [row.id, presentTask(row)]));
}
