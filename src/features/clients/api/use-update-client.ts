import type { UpdateClientBody } from "../../../kanbert/bodies.ts";
import { setExternalIdentifier, setShortcode, updateClient } from "../../../kanbert/clients.ts";
import type { ClientData, UserData } from "../../../kanbert/schemas.ts";
import { toClientData } from "./detail-model.ts";
import { clientFeedback } from "./feedback.ts";
import { patchClientEverywhere } from "./optimistic.ts";
import { useClientMutation } from "./use-client-mutation.ts";

/** The three edits of an existing client (SPEC §5.6, §5.8, §5.9), each optimistic everywhere. */

export interface UpdateClientVars {
  id: string;
  body: UpdateClientBody;
  /** The chosen contact as a whole, so the optimistic row can show its name. */
  contact?: UserData | null;
}

const applyAnswer = (
  queryClient: Parameters<typeof patchClientEverywhere>[0],
  answer: ClientData,
  vars: { id: string },
) => patchClientEverywhere(queryClient, vars.id, toClientData(answer));

export function useUpdateClient() {
  return useClientMutation({
    request: (http, { id, body }: UpdateClientVars) => updateClient(http, { key: id }, body),
    optimistic: (queryClient, { id, body, contact }) =>
      patchClientEverywhere(queryClient, id, {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.segment !== undefined ? { segment: body.segment } : {}),
        ...(contact !== undefined ? { primary_contact: contact } : {}),
      }),
    applyResult: applyAnswer,
    feedback: (answer) => clientFeedback.saved(answer.name),
  });
}

export function useSetShortcode() {
  return useClientMutation({
    request: (http, { id, shortcode }: { id: string; shortcode: string }) =>
      setShortcode(http, { key: id }, { shortcode }),
    optimistic: (queryClient, { id, shortcode }) => patchClientEverywhere(queryClient, id, { shortcode }),
    applyResult: applyAnswer,
    feedback: (answer) => clientFeedback.shortcodeChanged(answer.name, answer.shortcode),
  });
}

export interface ExternalIdentifierVars {
  id: string;
  externalId: string | null;
  origin: string | null;
}

export function useSetExternalIdentifier() {
  return useClientMutation({
    request: (http, { id, externalId, origin }: ExternalIdentifierVars) =>
      setExternalIdentifier(http, { key: id }, { external_id: externalId, external_origin: origin }),
    optimistic: (queryClient, { id, externalId, origin }) =>
      patchClientEverywhere(queryClient, id, {
        external_id: externalId,
        ...(origin !== null || externalId === null ? { external_origin: origin } : {}),
      }),
    applyResult: applyAnswer,
    feedback: (answer) => clientFeedback.externalIdChanged(answer.name, answer.external_id),
  });
}
