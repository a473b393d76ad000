import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { isApiError } from "../../../kanbert/errors.ts";

/**
 * Puts a failed save where it belongs: each 422 field error on its form field (first message, as
 * SPEC §9 says), and everything else — other statuses, network failures, fields the form does not
 * show — into one message for the top of the form. Returns that message, or null.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: Readonly<Record<string, Path<T>>>,
): string | null {
  if (!isApiError(error)) return `Could not save: ${error instanceof Error ? error.message : String(error)}`;
  if (error.kind === "network") return `Could not save: ${error.message}`;
  if (error.status !== 422) return `Could not save: ${error.message}`;
  const leftOver: string[] = [];
  let focused = false;
  for (const [apiField, messages] of Object.entries(error.fieldErrors)) {
    const message = messages[0];
    if (message === undefined) continue;
    const field = fields[apiField];
    if (field === undefined) {
      leftOver.push(message);
      continue;
    }
    setError(field, { type: "server", message }, { shouldFocus: !focused });
    focused = true;
  }
  if (leftOver.length > 0) return leftOver.join(" ");
  return focused ? null : error.message;
}
