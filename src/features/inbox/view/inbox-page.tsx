import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useCallback } from "react";
import { isApiError } from "../../../kanbert/errors.ts";
import { Button } from "../../../ui/button.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { Field, inputClasses } from "../../../ui/field.tsx";
import { CommentsUnavailable, MirrorSince } from "../../comments/index.ts";
import { QueryErrorState } from "../../settings/index.ts";
import { useUserLookup } from "../../users/index.ts";
import { inboxKeys, useInbox } from "../api/use-inbox.ts";
import { inboxFilter } from "../inbox-query.ts";
import type { InboxSearch, InboxSort } from "../search.ts";
import { useReadState } from "../unread/use-read-state.ts";
import { INBOX_SORTS } from "../validate-search.ts";
import { InboxFilterBar } from "./inbox-filter-bar.tsx";
import { InboxList } from "./inbox-list.tsx";
import { NewThread } from "./new-thread.tsx";
import { QuickFilters } from "./quick-filters.tsx";

const SORT_LABELS: Record<InboxSort, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  activity: "Last activity",
};

export interface InboxPageProps {
  search: InboxSearch;
  onSearch: (next: InboxSearch) => void;
}

/** `/comments`: every client's threads, filtered, with unread marks and inline replies. */
export function InboxPage({ search, onSearch }: InboxPageProps) {
  const sort = search.sort ?? "newest";
  const filter = inboxFilter(search);
  const query = useInbox(filter, sort);
  const { users, lookup } = useUserLookup();
  const read = useReadState();
  const queryClient = useQueryClient();
  const unavailable = isApiError(query.error) && query.error.status === 404;
  const threads = query.data?.pages.flatMap((page) => page.data) ?? [];
  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
    [queryClient],
  );

  let content: ReactNode;
  if (unavailable) content = <CommentsUnavailable />;
  else if (query.isPending)
    content = (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Loading comments…
      </p>
    );
  else if (query.isError)
    content = (
      <QueryErrorState
        error={query.error}
        what="the comments"
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  else if (threads.length === 0)
    content = <EmptyState title="No threads match">Change or clear the filters to see more.</EmptyState>;
  else
    content = (
      <InboxList
        threads={threads}
        busy={query.isFetching}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={() => void query.fetchNextPage()}
        read={read}
        users={users}
        lookup={lookup}
        onPosted={refresh}
      />
    );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">Comments</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Press <kbd>?</kbd> for keyboard shortcuts.
        </p>
        {!unavailable && (
          <Button className="ml-auto" onClick={read.markAllRead} disabled={!read.ready}>
            Mark all as read
          </Button>
        )}
      </div>
      {!unavailable && (
        <>
          <NewThread users={users} onPosted={refresh} />
          <QuickFilters value={search} users={users} onChange={onSearch} />
          <div className="flex flex-wrap items-end gap-4">
            <InboxFilterBar search={search} onSearch={onSearch} />
            <Field label="Sort">
              {(control) => (
                <select
                  {...control}
                  className={inputClasses}
                  value={sort}
                  onChange={(e) => {
                    const next = INBOX_SORTS.find((s) => s === e.target.value);
                    onSearch({ ...search, sort: next === "newest" ? undefined : next });
                  }}
                >
                  {INBOX_SORTS.map((s) => (
                    <option key={s} value={s}>
                      {SORT_LABELS[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <MirrorSince since={query.data?.pages[0]?.meta.mirror_since} />
        </>
      )}
      {content}
    </div>
  );
}
