import { useNavigate, useSearch } from "@tanstack/react-router";
import { z } from "zod";
import type { CommentFilters } from "../api/keys.ts";

/**
 * The comment filters in the client page's URL (`?commentTask=…&commentShow=internal`), so they
 * survive a reload and Back. Unknown or malformed values are dropped, never an error.
 */
export const CommentsSearch = z.object({
  commentTask: z.string().min(1).optional().catch(undefined),
  commentShow: z.enum(["public", "internal"]).optional().catch(undefined),
});
export type CommentsSearch = z.infer<typeof CommentsSearch>;

export const validateCommentsSearch = (search: Record<string, unknown>): CommentsSearch =>
  CommentsSearch.parse(search);

/** The filters from the URL, and a setter that pushes a history entry. */
export function useCommentsSearch(): [CommentFilters, (filters: CommentFilters) => void] {
  const search = CommentsSearch.parse(useSearch({ strict: false }));
  const navigate = useNavigate();
  const filters: CommentFilters = {
    taskId: search.commentTask ?? null,
    visibility: search.commentShow ?? "all",
  };
  const setFilters = (next: CommentFilters) =>
    void navigate({
      to: ".",
      search: (previous) => ({
        ...previous,
        commentTask: next.taskId ?? undefined,
        commentShow: next.visibility === "all" ? undefined : next.visibility,
      }),
    });
  return [filters, setFilters];
}
