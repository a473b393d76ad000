import { z } from "zod";
import { ClientSegment } from "./schemas.ts";
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
  segment: ClientSegment.optional(),
  primary_contact_id: text("primary contact id").nullable().optional(),
  external_id: nullableText("external id", 255),
  external_origin: nullableText("external origin", 255),
});
export type CreateClientBody = z.infer<typeof CreateClientBody>;

export const UpdateClientBody = z.object({
  name: CreateClientBody.shape.name.optional(),
  segment: ClientSegment.optional(),
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

export const COMMENT_MAX_LENGTH = 65_535;

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
