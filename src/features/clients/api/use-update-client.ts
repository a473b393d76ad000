import { setExternalIdentifier, setShortcode } from "../../../kanbert/clients.ts";
import { patchClientEverywhere } from "./client-cache.ts";
import { clientChange, updateChange } from "./client-change.ts";
import { toClientData } from "./detail-model.ts";
import { clientFeedback } from "./feedback.ts";
import { useClientMutation } from "./use-client-mutation.ts";

/** The three edits of an existing client (SPEC §5.6, §5.8, §5.9), each optimistic everywhere. */

export function useUpdateClient() {
  return useClientMutation(updateChange, (answer) => clientFeedback.saved(answer.name));
}

export function useSetShortcode() {
  return useClientMutation(
    (queryClient, http) =>
      clientChange(queryClient, {
        apply: (qc, { id, shortcode }: { id: string; shortcode: string }) =>
          patchClientEverywhere(qc, id, { shortcode }),
        call: ({ id, shortcode }) => setShortcode(http, { key: id }, { shortcode }),
        commit: (qc, { id }, answer) => patchClientEverywhere(qc, id, toClientData(answer)),
      }),
    (answer) => clientFeedback.shortcodeChanged(answer.name, answer.shortcode),
  );
}

export interface ExternalIdentifierVars {
  id: string;
  externalId: string | null;
  origin: string | null;
}

export function useSetExternalIdentifier() {
  return useClientMutation(
    (queryClient, http) =>
      clientChange(queryClient, {
        apply: (qc, { id, externalId, origin }: ExternalIdentifierVars) =>
          patchClientEverywhere(qc, id, {
            external_id: externalId,
            ...(origin !== null || externalId === null ? { external_origin: origin } : {}),
          }),
        call: ({ id, externalId, origin }) =>
          setExternalIdentifier(http, { key: id }, { external_id: externalId, external_origin: origin }),
        commit: (qc, { id }, answer) => patchClientEverywhere(qc, id, toClientData(answer)),
      }),
    (answer) => clientFeedback.externalIdChanged(answer.name, answer.external_id),
  );
}
