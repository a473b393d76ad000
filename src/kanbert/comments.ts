import type { CreateCommentBody } from "./bodies.ts";
import type { HttpClient } from "./http.ts";
import { type ListParams, listQuery } from "./query.ts";
import { CommentData, pageOf } from "./schemas.ts";

export const CommentPage = pageOf(CommentData);

/** EXTENSION (SPEC §7.5 b): `GET /tasks/comments` exists in this project's emulator, not in Kanbert's docs. */
export function listComments(http: HttpClient, params: ListParams = {}, signal?: AbortSignal) {
  return http.request({ path: "/tasks/comments", query: listQuery(params), schema: CommentPage, signal });
}

export function createComment(http: HttpClient, body: CreateCommentBody) {
  return http.request({ method: "POST", path: "/tasks/comments", body, schema: CommentData });
}
