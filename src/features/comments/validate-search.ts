import { optionalNonEmptyText, optionalOneOf } from "../../lib/search-values.ts";
import type { CommentsSearch } from "./search.ts";

export const COMMENT_VISIBILITIES = ["public", "internal"] as const;

/**
 * The router's check of the client page's comment filters (entry chunk: no zod). Agrees with the
 * `CommentsSearch` schema, which gives the type: unknown or malformed values are dropped.
 */
export function validateCommentsSearch(search: Record<string, unknown>): CommentsSearch {
  return {
    commentTask: optionalNonEmptyText(search.commentTask),
    commentShow: optionalOneOf(search.commentShow, COMMENT_VISIBILITIES),
  };
}
