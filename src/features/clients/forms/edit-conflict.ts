import type { ClientSegment, UserData } from "../../../kanbert/schemas.ts";

/**
 * An edit made against an old state of the client. The form remembers what it opened with (the
 * base); on submit a fresh read says what the server holds now (theirs). A field is in conflict
 * when both sides changed it, to different values: only those need the user's choice. Fields that
 * only the server changed are kept (the PATCH sends only what differs from the server), fields
 * that only the user changed are sent.
 */

export interface EditFields {
  name: string;
  segment: ClientSegment;
  primary_contact: UserData | null;
}

export type EditField = keyof EditFields;

const EDIT_FIELDS: readonly EditField[] = ["name", "segment", "primary_contact"];

export interface EditState {
  fields: EditFields;
  /** The server's `updated_at` for that state; null when the full record was not at hand. */
  updatedAt: string | null;
}

function sameValue(field: EditField, a: EditFields, b: EditFields): boolean {
  if (field === "primary_contact") return (a.primary_contact?.id ?? null) === (b.primary_contact?.id ?? null);
  return a[field] === b[field];
}

/** Whether the server's state moved since `base` (a newer `updated_at`, or other values). */
export function changedSince(base: EditState, theirs: EditState): boolean {
  if (base.updatedAt !== null && theirs.updatedAt !== null && base.updatedAt !== theirs.updatedAt)
    return true;
  return EDIT_FIELDS.some((field) => !sameValue(field, base.fields, theirs.fields));
}

/** The fields both the user and the server changed since `base`, to different values. */
export function conflictingFields(base: EditFields, mine: EditFields, theirs: EditFields): EditField[] {
  return EDIT_FIELDS.filter(
    (field) =>
      !sameValue(field, base, mine) && !sameValue(field, base, theirs) && !sameValue(field, mine, theirs),
  );
}

export type Choice = "mine" | "theirs";

/**
 * What to save, field by field: the server's value where the user left the field as it was when
 * they started (so a change made meanwhile is kept), else the user's — or the server's where the
 * user chose it for a conflict.
 */
export function mergeEdits(
  base: EditFields,
  mine: EditFields,
  theirs: EditFields,
  choices: Readonly<Partial<Record<EditField, Choice>>> = {},
): EditFields {
  const pick = <F extends EditField>(field: F): EditFields[F] =>
    sameValue(field, base, mine) || choices[field] === "theirs" ? theirs[field] : mine[field];
  return { name: pick("name"), segment: pick("segment"), primary_contact: pick("primary_contact") };
}
