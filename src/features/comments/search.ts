// zod/mini: the type of the comment filters in the URL. The router checks them with
// `validateCommentsSearch` (./validate-search.ts, no zod, for it is part of the entry chunk).
import * as z from "zod/mini";
import { COMMENT_VISIBILITIES } from "./validate-search.ts";

/**
 * The comment filters in the client page's URL (`?commentTask=…&commentShow=internal`), so they
 * survive a reload and Back. Unknown or malformed values are dropped, never an error.
 */
export const CommentsSearch = z.object({
  commentTask: z.catch(z.optional(z.string().check(z.minLength(1))), undefined),
  commentShow: z.catch(z.optional(z.enum(COMMENT_VISIBILITIES)), undefined),
});
export type CommentsSearch = z.infer<typeof CommentsSearch>;
