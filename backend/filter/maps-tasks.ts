import type { FieldMap } from "./field-map.ts";
import { column, mode } from "./field-map.ts";

/** A column of the row another table's foreign key points at, as a scalar sub-query. */
const via = (table: string, alias: string, key: string, target: string) =>
  `(select ${alias}.${target} from ${table} ${alias} where ${alias}.id = ${key})`;

const taskProject = (target: string) => via("projects", "tp", "t.project_id", target);
const taskClient = (target: string) => via("clients", "tc", "t.client_id", target);

/** `sub_tasks_in_list`: with (default) = all tasks, only = sub-tasks, without = top-level tasks. */
export const SUB_TASK_PREDICATES = {
  with: "true",
  only: "t.parent_task_id is not null",
  without: "t.parent_task_id is null",
} as const;

/** `GET /tasks` over `tasks t`. */
export const tasksFields: FieldMap = {
  title: column("t.title", "text"),
  uri: column("t.uri", "text"),
  sub_tasks_in_list: mode(SUB_TASK_PREDICATES),
  due_date: column("t.due_date", "date"),
  status: column("t.status", "enum"),
  "project.id": column("t.project_id", "id"),
  "project.external_id": column(taskProject("external_id"), "text"),
  "project.shortcode": column(taskProject("shortcode"), "text"),
  "project.name": column(taskProject("title"), "text"),
  "project.status": column(taskProject("status"), "enum"),
  "client.id": column("t.client_id", "id"),
  "client.external_id": column(taskClient("external_id"), "text"),
  "client.name": column(taskClient("name"), "text"),
  "client.shortcode": column(taskClient("shortcode"), "text"),
  "assignee.id": column("t.assignee_id", "id"),
};

/** `GET /tasks/comments` (extension) over `comments cm`. */
export const commentsFields: FieldMap = {
  "task.id": column("cm.task_id", "id"),
  "task.client_id": column(via("tasks", "ct", "cm.task_id", "client_id"), "id"),
  "author.id": column("cm.author_id", "id"),
  parent_comment_id: column("cm.parent_comment_id", "id"),
  is_public: column("cm.is_public", "boolean"),
  created_at: column("cm.created_at", "datetime"),
};

const projectClient = (target: string) => via("clients", "pcl", "p.client_id", target);

/** A projects list over `projects p` — no such route; used by the tests of vectors E1–E6. */
export const projectsFields: FieldMap = {
  shortcode: column("p.shortcode", "text"),
  title: column("p.title", "text"),
  status: column("p.status", "enum"),
  is_acquisition: column("p.is_acquisition", "boolean"),
  "client.id": column("p.client_id", "id"),
  "client.name": column(projectClient("name"), "text"),
  "client.shortcode": column(projectClient("shortcode"), "text"),
  "client.primary_contact_id": column(projectClient("primary_contact_id"), "id"),
  "project_type.id": column("p.project_type_id", "id"),
  "project_type.title": column(via("project_types", "ppt", "p.project_type_id", "title"), "text"),
  created_at: column("p.created_at", "datetime"),
  start_date: column("p.start_date", "date"),
  end_date: column("p.end_date", "date"),
};
