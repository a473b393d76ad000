import { useRouter } from "@tanstack/react-router";
import { type FilterNode, print } from "../../../filter/index.ts";
import { commentsCatalogue } from "../../../kanbert/catalogue.ts";
import {
  DeferredFilterButton,
  DeferredSavedViewsMenu,
  FilterChips,
  SAVED_COMMENT_VIEWS_KEY,
  type SavedViewsPage,
} from "../../filters/index.ts";
import { checkFilterText } from "../inbox-query.ts";
import { inboxSearchOf, inboxSnapshot } from "../saved-view.ts";
import type { InboxSearch } from "../search.ts";

export interface InboxFilterBarProps {
  search: InboxSearch;
  onSearch: (next: InboxSearch) => void;
}

/**
 * The clients table's filter controls over the comments catalogue: "Filter" (builder and text)
 * edits the typed filter, "Views" keeps the inbox's own saved views, chips show what is applied.
 * A malformed filter in a link is explained and left out; the rest of the link still applies.
 */
export function InboxFilterBar({ search, onSearch }: InboxFilterBarProps) {
  const router = useRouter();
  const check = checkFilterText(search.filter ?? "");
  const typed = check.ok ? check.ast : null;
  const setTyped = (ast: FilterNode | null) =>
    onSearch({ ...search, filter: ast === null ? undefined : print(ast) });
  const page: SavedViewsPage = {
    storageKey: SAVED_COMMENT_VIEWS_KEY,
    hrefOf: (view) => router.buildLocation({ to: "/comments", search: inboxSearchOf(view) }).href,
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <DeferredFilterButton
        filter={typed}
        catalogue={commentsCatalogue}
        title="Filter comments"
        onApply={setTyped}
      />
      <DeferredSavedViewsMenu page={page} current={inboxSnapshot(search)} catalogue={commentsCatalogue} />
      <FilterChips filter={typed} catalogue={commentsCatalogue} onChange={setTyped} />
      {!check.ok && (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          The filter in this link is not valid ({check.message}): it is not applied.
        </p>
      )}
    </div>
  );
}
