import { externalIdChange, shortcodeChange, updateChange } from "./client-change.ts";
import { clientFeedback } from "./feedback.ts";
import { useClientMutation } from "./use-client-mutation.ts";

/** The three edits of an existing client (SPEC §5.6, §5.8, §5.9), each optimistic everywhere. */

export function useUpdateClient() {
  return useClientMutation(updateChange, (answer) => clientFeedback.saved(answer.name));
}

export function useSetShortcode() {
  return useClientMutation(shortcodeChange, (answer) =>
    clientFeedback.shortcodeChanged(answer.name, answer.shortcode),
  );
}

export function useSetExternalIdentifier() {
  return useClientMutation(externalIdChange, (answer) =>
    clientFeedback.externalIdChanged(answer.name, answer.external_id),
  );
}
