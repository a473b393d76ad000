import { z } from "zod";
import { ClientSegment } from "./schemas.ts";

/**
 * Request bodies (SPEC §5.4–5.9, §7.1). The emulator validates with these; the forms derive their
 * schemas from them, so a rule lives in one place.
 */

const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();

export const CreateClientBody = z.object({
  name: z
    .string()
    .trim()
    .min(1, "The name field is required.")
    .max(255, "The name may not be greater than 255 characters."),
  shortcode: nullableText(255),
  segment: ClientSegment.optional(),
  primary_contact_id: z.string().nullable().optional(),
  external_id: nullableText(255),
  external_origin: nullableText(255),
});
export type CreateClientBody = z.infer<typeof CreateClientBody>;

export const UpdateClientBody = z.object({
  name: CreateClientBody.shape.name.optional(),
  segment: ClientSegment.optional(),
  primary_contact_id: z.string().nullable().optional(),
});
export type UpdateClientBody = z.infer<typeof UpdateClientBody>;

export const ShortcodeBody = z.object({
  shortcode: z
    .string()
    .trim()
    .min(1, "The shortcode field is required.")
    .max(255, "The shortcode may not be greater than 255 characters."),
});
export type ShortcodeBody = z.infer<typeof ShortcodeBody>;

export const ExternalIdentifierBody = z.object({
  external_id: nullableText(255),
  external_origin: nullableText(255),
});
export type ExternalIdentifierBody = z.infer<typeof ExternalIdentifierBody>;

export const COMMENT_MAX_LENGTH = 65_535;

export const CreateCommentBody = z.object({
  task_id: z.string().min(1, "The task id field is required."),
  parent_comment_id: z.string().nullable().optional(),
  comment: z
    .string()
    .min(1, "The comment field is required.")
    .max(COMMENT_MAX_LENGTH, `The comment may not be greater than ${COMMENT_MAX_LENGTH} characters.`),
  is_public: z.boolean().optional(),
  external_id: nullableText(255),
  external_origin: nullableText(255),
});
export type CreateCommentBody = z.infer<typeof CreateCommentBody>;
