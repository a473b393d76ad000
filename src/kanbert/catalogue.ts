import {
  BOOLEAN_OPERATORS,
  type Catalogue,
  ENUM_OPERATORS,
  type FieldSpec,
  ID_OPERATORS,
  ORDERED_OPERATORS,
  RELATION_ALL_OPERATORS,
  STRING_OPERATORS,
} from "../filter/catalogue.ts";
import { ClientSegment, ProjectStatus, TaskStatus, UserType } from "./schemas.ts";

/** The filterable fields, sorts and includes of every list endpoint, as the API publishes them. */

const string = (name: string, label: string): FieldSpec => ({
  name,
  label,
  type: { kind: "string" },
  operators: STRING_OPERATORS,
});
const id = (name: string, label: string, of: string): FieldSpec => ({
  name,
  label,
  type: { kind: "id", of },
  operators: ID_OPERATORS,
});
const enumOf = (
  name: string,
  label: string,
  values: readonly string[],
  operators = ENUM_OPERATORS,
): FieldSpec => ({
  name,
  label,
  type: { kind: "enum", values },
  operators,
});
const date = (name: string, label: string, kind: "date" | "datetime"): FieldSpec => ({
  name,
  label,
  type: { kind },
  operators: ORDERED_OPERATORS,
});

/** Whether a field holds a user's id (`primary_contact.id`, `author.id`, …): shown and picked by name. */
export function isUserField(spec: FieldSpec | undefined): boolean {
  return spec?.type.kind === "id" && spec.type.of.startsWith("User");
}

export const ARCHIVED_MODES = ["with", "only", "without"] as const;
export type ArchivedMode = (typeof ARCHIVED_MODES)[number];

/** Sub-fields of the clients `projects` relation (`name` is the project's title). */
const clientProjectFields: readonly FieldSpec[] = [
  string("shortcode", "Shortcode"),
  string("name", "Name"),
  { name: "is_acquisition", label: "Acquisition", type: { kind: "boolean" }, operators: BOOLEAN_OPERATORS },
  enumOf("status", "Status", ProjectStatus.options),
];

export const clientsBasicCatalogue: Catalogue = {
  endpoint: "GET /clients",
  fields: [
    string("name", "Name"),
    string("shortcode", "Shortcode"),
    id("primary_contact.id", "Primary contact", "UserData"),
    id("origin_space.id", "Shared from space", "SpaceData"),
  ],
  sorts: ["name", "shortcode"],
  includes: [],
};

export const clientsFullCatalogue: Catalogue = {
  endpoint: "GET /clients/full",
  fields: [
    string("name", "Name"),
    string("shortcode", "Shortcode"),
    { ...enumOf("archived", "Archived", ARCHIVED_MODES, ["eq"]), placement: "top-level-and" },
    enumOf("segment", "Segment", ClientSegment.options),
    id("primary_contact.id", "Primary contact", "UserData"),
    {
      name: "projects",
      label: "Projects",
      type: { kind: "relation", fields: clientProjectFields },
      operators: RELATION_ALL_OPERATORS,
    },
    id("origin_space.id", "Shared from space", "SpaceData"),
  ],
  sorts: ["name", "shortcode", "created_at"],
  includes: ["projects"],
};

export const usersCatalogue: Catalogue = {
  endpoint: "GET /users",
  fields: [
    string("first_name", "First name"),
    string("last_name", "Last name"),
    string("email", "Email"),
    enumOf("type", "Type", UserType.options),
  ],
  sorts: ["first_name", "last_name", "email"],
  includes: [],
};

export const tasksCatalogue: Catalogue = {
  endpoint: "GET /tasks",
  fields: [
    string("title", "Title"),
    string("uri", "URI"),
    enumOf("sub_tasks_in_list", "Sub-tasks in list", ARCHIVED_MODES, ["eq"]),
    date("due_date", "Due date", "date"),
    enumOf("status", "Status", TaskStatus.options, ["eq", "ne", "in", "nin"]),
    id("project.id", "Project", "ProjectData"),
    string("project.external_id", "Project external id"),
    string("project.shortcode", "Project shortcode"),
    string("project.name", "Project name"),
    enumOf("project.status", "Project status", ProjectStatus.options),
    id("client.id", "Client", "ClientFullData"),
    string("client.external_id", "Client external id"),
    string("client.name", "Client name"),
    string("client.shortcode", "Client shortcode"),
    id("assignee.id", "Assignee", "UserFullData"),
  ],
  sorts: ["title", "uri", "status", "updated_at", "created_at", "due_date"],
  includes: ["project", "watchers", "client", "parent_task", "sub_tasks"],
};

/**
 * EXTENSION — not a documented Kanbert endpoint. `GET /tasks/comments` is this project's answer to
 * SPEC §7.5 (b): the public API has no way to read comments back. Point the dashboard at a real
 * Kanbert and the comments section explains that it is unavailable there.
 */
export const commentsCatalogue: Catalogue = {
  endpoint: "GET /tasks/comments (extension)",
  fields: [
    id("task.id", "Task", "TaskData"),
    id("task.client_id", "Client", "ClientFullData"),
    id("author.id", "Author", "UserData"),
    // Someone mentioned in the comment or one of its replies: `eq` / `in` ask "is one of them".
    { ...id("mentions.id", "Mentions", "UserData"), operators: ["eq", "in"] },
    string("task.client.name", "Client name"),
    enumOf("task.client.segment", "Client segment", ClientSegment.options),
    id("parent_comment_id", "Parent comment", "CommentData"),
    { name: "is_public", label: "Public", type: { kind: "boolean" }, operators: BOOLEAN_OPERATORS },
    date("created_at", "Created", "datetime"),
  ],
  // `updated_at` is the thread's last activity (its own or a reply's).
  sorts: ["created_at", "updated_at"],
  // `task.client`: the task with its client (the inbox links each thread to its client).
  includes: ["task", "task.client"],
};

/** `GET /webhooks` (SPEC §6.3, §8; scope `integration`). */
export const webhooksCatalogue: Catalogue = {
  endpoint: "GET /webhooks",
  fields: [string("url", "URL"), date("created_at", "Created", "datetime")],
  sorts: ["url", "is_active", "created_at"],
  includes: [],
};

/** `GET /projects` (SPEC §6.3, the documented part of the filter table; path an ASSUMPTION). */
export const projectsCatalogue: Catalogue = {
  endpoint: "GET /projects",
  fields: [
    string("shortcode", "Shortcode"),
    string("title", "Title"),
    enumOf("status", "Status", ProjectStatus.options),
    { name: "is_acquisition", label: "Acquisition", type: { kind: "boolean" }, operators: BOOLEAN_OPERATORS },
    id("client.id", "Client", "ClientFullData"),
    string("client.name", "Client name"),
    string("client.shortcode", "Client shortcode"),
    id("client.primary_contact_id", "Primary contact", "UserFullData"),
    id("project_type.id", "Project type", "ProjectTypeData"),
    string("project_type.title", "Project type title"),
    date("created_at", "Created", "datetime"),
    date("start_date", "Start", "date"),
    date("end_date", "End", "date"),
  ],
  sorts: ["shortcode", "title", "updated_at", "created_at"],
  includes: [],
};
