import { z } from "zod";
import {
  CreateClientBody,
  ExternalIdentifierBody,
  ShortcodeBody,
  UpdateClientBody,
} from "../../../kanbert/bodies.ts";
import { ClientSegment, UserData } from "../../../kanbert/schemas.ts";

/**
 * Form schemas, derived from the request bodies of `src/kanbert` so every rule (required, ≤ 255,
 * trimming) lives in one place. Inputs hold text ("" = empty); the contact is held as the whole
 * user so the picker can show it; `to…Body` turn the parsed values into what the API takes.
 */

const blankToNull = (value: string | null | undefined) => (value ? value : null);

export const createClientForm = CreateClientBody.omit({ primary_contact_id: true }).extend({
  segment: ClientSegment,
  primary_contact: z.nullable(UserData),
});
export type CreateClientFormInput = z.input<typeof createClientForm>;
export type CreateClientFormValues = z.output<typeof createClientForm>;

export function toCreateBody(values: CreateClientFormValues): CreateClientBody {
  const externalId = blankToNull(values.external_id);
  return CreateClientBody.parse({
    name: values.name,
    // Empty → omitted, so the server generates one.
    shortcode: blankToNull(values.shortcode) ?? undefined,
    segment: values.segment,
    primary_contact_id: values.primary_contact?.id ?? null,
    external_id: externalId,
    external_origin: externalId === null ? null : blankToNull(values.external_origin),
  });
}

export const editClientForm = z.object({
  name: UpdateClientBody.shape.name.unwrap(),
  segment: ClientSegment,
  primary_contact: z.nullable(UserData),
});
export type EditClientFormInput = z.input<typeof editClientForm>;
export type EditClientFormValues = z.output<typeof editClientForm>;

export interface EditBaseline {
  name: string;
  segment: string;
  primary_contact: { id: string } | null;
}

/** A PATCH of only what changed against `baseline`; a cleared contact is sent as null (SPEC §5.6). */
export function toUpdateBody(values: EditClientFormValues, baseline: EditBaseline): UpdateClientBody {
  const contactId = values.primary_contact?.id ?? null;
  return UpdateClientBody.parse({
    ...(values.name !== baseline.name ? { name: values.name } : {}),
    ...(values.segment !== baseline.segment ? { segment: values.segment } : {}),
    ...(contactId !== (baseline.primary_contact?.id ?? null) ? { primary_contact_id: contactId } : {}),
  });
}

export const shortcodeForm = ShortcodeBody;

export const externalIdentifierForm = z.object({
  external_id: ExternalIdentifierBody.shape.external_id.unwrap().unwrap(),
  external_origin: ExternalIdentifierBody.shape.external_origin.unwrap().unwrap(),
});
export type ExternalIdentifierFormValues = z.output<typeof externalIdentifierForm>;

/** Empty id clears the identifier; an empty origin lets the server stamp the integration's slug. */
export function toExternalIdentifierBody(values: ExternalIdentifierFormValues) {
  const externalId = blankToNull(values.external_id);
  return { externalId, origin: externalId === null ? null : blankToNull(values.external_origin) };
}
