import { encodeQuery, type QueryValue } from "./query.ts";

/**
 * How a request is spelled: its URL and headers. Without schemas (no zod), so code that only starts
 * a request early (the app's entry) can build exactly what `createHttpClient` (./http.ts) sends.
 */

/** `GET /clients/full`, the list of clients with their includes (./clients.ts). */
export const CLIENTS_FULL_PATH = "/clients/full";

/** The base (trailing slashes dropped), the path, and the encoded query when there is one. */
export function requestUrl(
  baseUrl: string,
  path: string,
  query?: Readonly<Record<string, QueryValue>>,
): string {
  const search = query ? encodeQuery(query) : "";
  return `${baseUrl.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
}

/** JSON in and out, and the bearer token when there is one (none: the dev proxy adds its own). */
export function requestHeaders(token: string, hasBody = false): Record<string, string> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (hasBody) headers["Content-Type"] = "application/json";
  return headers;
}
