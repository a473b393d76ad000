// zod/mini rather than classic zod: the router validates with this, so it is part of the entry chunk.
import * as z from "zod/mini";

/**
 * The comment filters in the client page's URL (`?commentTask=…&commentShow=internal`), so they
 * survive a reload and Back. Unknown or malformed values are dropped, never an error.
 */
export const CommentsSearch = z.object({
  commentTask: z.catch(z.optional(z.string().check(z.minLength(1))), undefined),
  commentShow: z.catch(z.optional(z.enum(["public", "internal"])), undefined),
});
export type CommentsSearch = z.infer<typeof CommentsSearch>;

export const validateCommentsSearch = (search: Record<string, unknown>): CommentsSearch =>
  CommentsSearch.parse(search);
