import { isApiError } from "../../../kanbert/errors.ts";

/** A failed post in plain words; a 422 names the first failing field's message. */
export function describePostError(error: unknown): string {
  if (isApiError(error)) {
    const first = Object.values(error.fieldErrors)[0]?.[0];
    if (error.status === 422 && first) return first;
    if (error.kind === "network") return "The comment could not be sent: the API is not reachable.";
    return `The comment could not be posted: ${error.message}`;
  }
  return "The comment could not be posted.";
}
