import type { HttpClient } from "./http.ts";
import { type ListParams, listQuery } from "./query.ts";
import { pageOf, UserData } from "./schemas.ts";

export const UserPage = pageOf(UserData);

/** The token's own user; the source of `me.id`. */
export function whoami(http: HttpClient, signal?: AbortSignal) {
  return http.request({ path: "/whoami", schema: UserData, signal });
}

export function listUsers(http: HttpClient, params: ListParams = {}, signal?: AbortSignal) {
  return http.request({ path: "/users", query: listQuery(params), schema: UserPage, signal });
}
