import * as z from "zod/mini";

/** zod schemas of the Kanbert v1 API (SPEC §5, §7). Types are inferred from these, never written twice. */

export const SpaceData = z.object({ id: z.string(), name: z.string() });
export type SpaceData = z.infer<typeof SpaceData>;

export const UserType = z.enum(["user", "guest", "tax_advisor", "integration"]);
export type UserType = z.infer<typeof UserType>;

export const UserData = z.object({
  id: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  type: UserType,
  space: SpaceData,
});
export type UserData = z.infer<typeof UserData>;

export const ClientSegment = z.enum(["A", "B", "C"]);
export type ClientSegment = z.infer<typeof ClientSegment>;

export const ProjectStatus = z.enum(["running", "closed"]);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

const ProjectTypeData = z.object({
  id: z.string(),
  title: z.string(),
  shortcode: z.string(),
  color: z.string(),
  order: z.int(),
  is_default: z.boolean(),
});

export const ProjectData = z.object({
  id: z.string(),
  external_id: z.nullable(z.string()),
  external_origin: z.nullable(z.string()),
  title: z.string(),
  description: z.optional(z.nullable(z.string())),
  shortcode: z.string(),
  po_number: z.optional(z.nullable(z.string())),
  project_type: z.optional(z.nullable(ProjectTypeData)),
  status: ProjectStatus,
  is_acquisition: z.boolean(),
  is_private: z.boolean(),
  start_date: z.nullable(z.string()),
  end_date: z.nullable(z.string()),
});
export type ProjectData = z.infer<typeof ProjectData>;

export const ClientData = z.object({
  id: z.string(),
  external_id: z.nullable(z.string()),
  external_origin: z.nullable(z.string()),
  name: z.string(),
  shortcode: z.nullable(z.string()),
  primary_contact: z.nullable(UserData),
  origin_space: z.nullable(SpaceData),
});
export type ClientData = z.infer<typeof ClientData>;

export const ClientFullData = z.extend(ClientData, {
  segment: ClientSegment,
  updated_at: z.string(),
  created_at: z.string(),
  projects: z.optional(z.array(ProjectData)),
});
export type ClientFullData = z.infer<typeof ClientFullData>;

export const TaskStatus = z.enum(["Backlog", "New", "WIP", "Completed", "Approved", "Closed"]);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TaskData = z.object({
  id: z.string(),
  project_id: z.string(),
  client_id: z.nullable(z.string()),
  parent_task_id: z.nullable(z.string()),
  external_id: z.nullable(z.string()),
  external_origin: z.nullable(z.string()),
  uri: z.string(),
  title: z.string(),
  description: z.nullable(z.string()),
  status: TaskStatus,
  type: z.string(),
  estimated_hours: z.nullable(z.number()),
  is_onhold: z.boolean(),
  is_public: z.boolean(),
  due_date: z.nullable(z.string()),
  assignee: z.nullable(UserData),
  completed_at: z.nullable(z.string()),
  closed_at: z.nullable(z.string()),
  updated_at: z.string(),
  created_at: z.string(),
  list_sorting: z.number(),
  project: z.optional(ProjectData),
  client: z.optional(ClientData),
});
export type TaskData = z.infer<typeof TaskData>;

export const FileData = z.object({
  id: z.string(),
  file_name: z.string(),
  mime_type: z.string(),
  size: z.int(),
  entity_id: z.string(),
  entity_type: z.string(),
  created_at: z.string(),
});
export type FileData = z.infer<typeof FileData>;

export const CommentData = z.object({
  id: z.string(),
  external_id: z.nullable(z.string()),
  external_origin: z.nullable(z.string()),
  parent_comment_id: z.nullable(z.string()),
  get parent_comment(): z.ZodMiniOptional<z.ZodMiniNullable<typeof CommentData>> {
    return z.optional(z.nullable(CommentData));
  },
  task: z.optional(z.nullable(TaskData)),
  get sub_comments() {
    return z.array(CommentData);
  },
  author: UserData,
  comment: z.nullable(z.string()),
  /** Published spelling, kept on purpose. */
  attachements: z._default(z.array(FileData), []),
  is_public: z.boolean(),
  created_at: z.nullable(z.string()),
  updated_at: z.nullable(z.string()),
});
export type CommentData = z.infer<typeof CommentData>;

const PageMeta = z.object({
  path: z.string(),
  per_page: z.int(),
  next_cursor: z.nullable(z.string()),
  next_cursor_url: z.nullable(z.string()),
  prev_cursor: z.nullable(z.string()),
  prev_cursor_url: z.nullable(z.string()),
  /** This project's comments mirror: since when it has been receiving (history before is missing). */
  mirror_since: z.optional(z.string()),
});

export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item), links: z.array(z.string()), meta: PageMeta });
}

export const MessageBody = z.object({ message: z.string() });
export type MessageBody = z.infer<typeof MessageBody>;

export const ValidationErrorBody = z.object({
  message: z.string(),
  errors: z.record(z.string(), z.array(z.string())),
});
export type ValidationErrorBody = z.infer<typeof ValidationErrorBody>;

/**
 * Webhooks (SPEC §8). Bodies and fields are an ASSUMPTION (the docs' pages were unreadable):
 * `{url, events[], project_id | client_id, is_active}`; the secret is returned once, on create.
 */
const WEBHOOK_EVENTS = [
  "client:create",
  "client:update",
  "client:delete",
  "client:restore",
  "comment:create",
  "comment:update",
  "comment:delete",
] as const;
export const WebhookEvent = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

export const WebhookData = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(WebhookEvent),
  project_id: z.nullable(z.string()),
  client_id: z.nullable(z.string()),
  is_active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type WebhookData = z.infer<typeof WebhookData>;

export const CreatedWebhookData = z.extend(WebhookData, { secret: z.string() });
export type CreatedWebhookData = z.infer<typeof CreatedWebhookData>;

export const CommentEvent = z.enum(["comment:create", "comment:update", "comment:delete"]);
export type CommentEvent = z.infer<typeof CommentEvent>;

/** A `comment:*` delivery: the event and the comment's latest state (with its `task`). */
export const CommentDelivery = z.object({ event: CommentEvent, data: CommentData });
export type CommentDelivery = z.infer<typeof CommentDelivery>;
