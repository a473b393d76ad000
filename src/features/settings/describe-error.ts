import { isApiError } from "../../kanbert/errors.ts";

export const UNAUTHORIZED_MESSAGE =
  "The token was not accepted (401). Check that it is correct and has not been revoked.";

/** Plain words for why a call to the API at `baseUrl` failed, with what to check next. */
export function describeConnectionError(error: unknown, baseUrl: string): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : "Something unexpected went wrong.";
  if (error.kind === "network") {
    return `Could not reach ${baseUrl}. Is the emulator running (npm start) and is the address right?`;
  }
  if (error.kind === "schema") return `This doesn't look like a Kanbert API: ${error.message}`;
  if (error.status === 401) return UNAUTHORIZED_MESSAGE;
  if (error.status === 403) {
    return `The token is valid but lacks the permission for this (403): ${error.message}`;
  }
  if (error.status === 404) {
    return `${baseUrl} answered 404 (Not Found). Check that the address ends in /api/v1.`;
  }
  if (error.status === 503) {
    return `The server at ${baseUrl} is unavailable right now (503). Try again in a moment.`;
  }
  if (error.status >= 500) {
    return `The server at ${baseUrl} answered with a server error (${error.status}): it failed while handling the request. Try again; if it keeps failing, the fault is on the server.`;
  }
  return `The API answered ${error.status}: ${error.message}`;
}
