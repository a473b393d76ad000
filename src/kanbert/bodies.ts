import { z } from "zod";
import { ClientSegment, WebhookEvent } from "./schemas.ts";
import { forbiddenCharacterMessage, hasForbiddenCharacter } from "./text.ts";

/**
 * Request bodies (SPEC §5.4–5.9, §7.1). The emulator validates with these; the forms derive their
 * schemas from them, so a rule lives in one place.
 */

/** A string without NUL or lone surrogates (see text.ts); `label` names the field in the message. */
const text = (label: string) =>
  z.string().refine((value) => !hasForbiddenCharacter(value), forbiddenCharacterMessage(label));

const nullableText = (label: string, max: number) => text(label).trim().max(max).nullable().optional();

export const CreateClientBody = z.object({
  name: text("name")
    .trim()
    .min(1, "The name field is required.")
    .max(255, "The name may not be greater than 255 characters."),
  shortcode: nullableText("shortcode", 255),
  segment: z.optional(ClientSegment),
  primary_contact_id: text("primary contact id").nullable().optional(),
  external_id: nullableText("external id", 255),
  external_origin: nullableText("external origin", 255),
});
export type CreateClientBody = z.infer<typeof CreateClientBody>;

export const UpdateClientBody = z.object({
  name: CreateClientBody.shape.name.optional(),
  segment: z.optional(ClientSegment),
  primary_contact_id: CreateClientBody.shape.primary_contact_id,
});
export type UpdateClientBody = z.infer<typeof UpdateClientBody>;

export const ShortcodeBody = z.object({
  shortcode: text("shortcode")
    .trim()
    .min(1, "The shortcode field is required.")
    .max(255, "The shortcode may not be greater than 255 characters."),
});
export type ShortcodeBody = z.infer<typeof ShortcodeBody>;

export const ExternalIdentifierBody = z.object({
  external_id: CreateClientBody.shape.external_id,
  external_origin: CreateClientBody.shape.external_origin,
});
export type ExternalIdentifierBody = z.infer<typeof ExternalIdentifierBody>;

const COMMENT_MAX_LENGTH = 65_535;

export const CreateCommentBody = z.object({
  task_id: text("task id").min(1, "The task id field is required."),
  parent_comment_id: text("parent comment id").nullable().optional(),
  comment: text("comment")
    .min(1, "The comment field is required.")
    .max(COMMENT_MAX_LENGTH, `The comment may not be greater than ${COMMENT_MAX_LENGTH} characters.`),
  is_public: z.boolean().optional(),
  external_id: nullableText("external id", 255),
  external_origin: nullableText("external origin", 255),
});
export type CreateCommentBody = z.infer<typeof CreateCommentBody>;

const webhookUrl = z
  .string()
  .trim()
  .min(1, "The url field is required.")
  .max(2048, "The url may not be greater than 2048 characters.")
  .refine(
    (value) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value),
    "The url must be a valid URL.",
  );
const webhookEvents = z
  .array(WebhookEvent, { error: "The events must be a list of known events." })
  .min(1, "The events field must have at least 1 item.");
const needsProject = (events: readonly string[]) =>
  events.some((event) => event.startsWith("comment:") || event.startsWith("task:"));

/** SPEC §8 ASSUMPTION: one of `project_id` / `client_id`; `task:*` and `comment:*` need a project. */
export const CreateWebhookBody = z
  .object({
    url: webhookUrl,
    events: webhookEvents,
    project_id: z.string().min(1).nullable().optional(),
    client_id: z.string().min(1).nullable().optional(),
    is_active: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    const project = body.project_id ?? null;
    const client = body.client_id ?? null;
    if (project === null && client === null)
      ctx.addIssue({
        code: "custom",
        path: ["project_id"],
        message: "A project id or a client id is required.",
      });
    else if (project !== null && client !== null)
      ctx.addIssue({
        code: "custom",
        path: ["client_id"],
        message: "Give a project id or a client id, not both.",
      });
    else if (project === null && needsProject(body.events))
      ctx.addIssue({
        code: "custom",
        path: ["client_id"],
        message: "Subscriptions to task and comment events must be scoped to a project, not a client.",
      });
  });
export type CreateWebhookBody = z.infer<typeof CreateWebhookBody>;

/** The scope of a subscription stays; its url, events and state change. */
export const UpdateWebhookBody = z.object({
  url: webhookUrl.optional(),
  events: webhookEvents.optional(),
  is_active: z.boolean().optional(),
});
export type UpdateWebhookBody = z.infer<typeof UpdateWebhookBody>;

/** EMULATOR EXTENSION (stands for editing a comment in Kanbert's own app; no API endpoint exists). */
export const UpdateCommentBody = z.object({
  comment: CreateCommentBody.shape.comment.optional(),
  is_public: z.boolean().optional(),
});
export type UpdateCommentBody = z.infer<typeof UpdateCommentBody>;
