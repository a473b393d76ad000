import { useNavigate, useSearch } from "@tanstack/react-router";
import type { CommentFilters } from "../api/keys.ts";
import { CommentsSearch } from "../search.ts";

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
