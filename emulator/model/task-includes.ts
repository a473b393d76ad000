import { z } from "zod";
import { type Queryable, select } from "../../backend/db/db.ts";
import { presentTask, selectTasks, type TaskRow, tasksById } from "../../backend/model/tasks.ts";
import type { ClientData, ProjectData, TaskData } from "../../src/kanbert/schemas.ts";
import { clientsSource, parseClientRow, presentClient } from "./clients.ts";
import { projectsOfClients } from "./projects.ts";

/** The includes of `GET /tasks` (SPEC §6.3): project, client, parent_task, sub_tasks, watchers. */
export type TaskWithIncludes = TaskData & {
  parent_task?: TaskData | null;
  sub_tasks?: TaskData[];
  watchers?: never[];
};

async function projectsById(db: Queryable, rows: readonly TaskRow[]): Promise<Map<string, ProjectData>> {
  const clientIds = [...new Set(rows.flatMap((row) => (row.client_id === null ? [] : [row.client_id])))];
  const byClient = await projectsOfClients(db, clientIds);
  return new Map([...byClient.values()].flat().map((project) => [project.id, project]));
}

async function clientsById(db: Queryable, rows: readonly TaskRow[]): Promise<Map<string, ClientData>> {
  const ids = [...new Set(rows.flatMap((row) => (row.client_id === null ? [] : [row.client_id])))];
  if (ids.length === 0) return new Map();
  const found = await select(
    db,
    z.record(z.string(), z.unknown()),
    `select ${clientsSource.select} from ${clientsSource.from} where c.id = any($1::text[])`,
    [ids],
  );
  return new Map(found.map((row) => presentClient(parseClientRow(row))).map((c) => [c.id, c]));
}

async function subTasksOf(db: Queryable, rows: readonly TaskRow[]): Promise<Map<string, TaskData[]>> {
  const grouped = new Map<string, TaskData[]>();
  if (rows.length === 0) return grouped;
  const children = await selectTasks(db, "t.parent_task_id = any($1::text[])", [rows.map((r) => r.id)]);
  for (const child of children) {
    if (child.parent_task_id === null) continue;
    grouped.set(child.parent_task_id, [...(grouped.get(child.parent_task_id) ?? []), presentTask(child)]);
  }
  return grouped;
}

/** A page of task rows as TaskData, each include loaded with one query for the whole page. */
export async function presentTasks(
  db: Queryable,
  rows: readonly TaskRow[],
  includes: readonly string[],
): Promise<TaskWithIncludes[]> {
  const has = (name: string) => includes.includes(name);
  const projects = has("project") ? await projectsById(db, rows) : null;
  const clients = has("client") ? await clientsById(db, rows) : null;
  const parentIds = rows.flatMap((row) => (row.parent_task_id === null ? [] : [row.parent_task_id]));
  const parents = has("parent_task") ? await tasksById(db, parentIds) : null;
  const subTasks = has("sub_tasks") ? await subTasksOf(db, rows) : null;
  return rows.map((row) => {
    const task: TaskWithIncludes = presentTask(row);
    const project = projects?.get(row.project_id);
    if (project) task.project = project;
    const client = row.client_id === null ? undefined : clients?.get(row.client_id);
    if (client) task.client = client;
    if (parents)
      task.parent_task = row.parent_task_id === null ? null : (parents.get(row.parent_task_id) ?? null);
    if (subTasks) task.sub_tasks = subTasks.get(row.id) ?? [];
    if (has("watchers")) task.watchers = [];
    return task;
  });
}
