import { useNavigate } from "@tanstack/react-router";
import { type ReactNode, useCallback, useDeferredValue } from "react";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { QueryErrorState } from "../../settings/index.ts";
import { useArchivedIds } from "../api/use-archived-ids.ts";
import type { useClientsInfinite } from "../api/use-clients-infinite.ts";
import { ClientsTable } from "../table/clients-table.tsx";
import type { RowSelection } from "../table/row-selection.tsx";
import { LOADING_TEXT, loadedText } from "../table/table-footer.tsx";
import type { ClientsViewController } from "../use-clients-view.ts";
import { describeSortList } from "../view/sort-label.ts";
import { ResultsAnnouncer } from "./results-announcer.tsx";

export interface ClientsResultsProps {
  controller: ClientsViewController;
  list: ReturnType<typeof useClientsInfinite>;
  /** The API answered 400 for this view (the message shows by the filters). */
  rejected: boolean;
  /** Bulk selection of rows (features/clients/bulk). */
  selection: RowSelection;
}

/** The table, or what stands in for it: skeleton, empty, rejected filter, error. */
export function ClientsResults({ controller, list, rejected, selection }: ClientsResultsProps) {
  const navigate = useNavigate();
  const { view, params, setSort, clearFilters } = controller;
  const filtered = view.filter !== null || view.archived !== "without";
  const viewKey = `${params.filter}|${params.sort}`;
  const archivedIds = useArchivedIds(list.rows, view.archived === "with");
  // New rows render in a deferred pass that React splits into slices of a few ms, so a page of
  // data arriving never blocks input for long; until the first page has rendered, the skeleton stays.
  const rows = useDeferredValue(list.rows);
  const rendering = rows !== list.rows && rows.length === 0;
  const settled = !list.isFetching && !list.isPlaceholderData;
  // A failed first load shows at once, while the query client may still retry in the background.
  const failure = list.error ?? (list.failureCount > 0 ? list.failureReason : null);
  const onOpen = useCallback(
    (client: ClientFullData, viaLink: boolean) => {
      if (!viaLink) void navigate({ to: "/clients/$clientId", params: { clientId: client.id } });
    },
    [navigate],
  );
  const clear = (
    <Button variant="primary" onClick={clearFilters}>
      Clear filters
    </Button>
  );

  let content: ReactNode;
  let announcement: string | null = null;
  if (rejected) {
    content = (
      <EmptyState title="This filter could not be applied" actions={clear}>
        Change the filter above, or clear it to see every client.
      </EmptyState>
    );
    announcement = "The server rejected this filter.";
  } else if (failure && list.rows.length === 0) {
    content = (
      <QueryErrorState
        error={failure}
        what="the clients"
        onRetry={() => void list.refetch()}
        retrying={list.isRefetching}
      />
    );
  } else if (list.isSuccess && list.rows.length === 0) {
    content = filtered ? (
      <EmptyState title="No clients match these filters" actions={clear}>
        Nothing matched. Try other filters, or clear them to see every client.
      </EmptyState>
    ) : (
      <EmptyState title="No clients yet">
        This space has no clients. Clients created in Kanbert or through the API show up here.
      </EmptyState>
    );
    if (settled) announcement = "No clients match.";
  } else {
    if (list.isPending) announcement = LOADING_TEXT;
    else if (settled) announcement = loadedText(list.rows.length, list.hasNextPage);
    content = (
      <ClientsTable
        label={`Clients, ${describeSortList(view.sort)}`}
        rows={rows}
        columns={view.columns}
        sort={view.sort}
        onSortChange={setSort}
        viewKey={viewKey}
        loading={list.isPending || rendering}
        stale={list.isPlaceholderData}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        loadMore={list.loadMore}
        archivedIds={archivedIds}
        onOpen={onOpen}
        selection={selection}
      />
    );
  }
  return (
    <>
      {content}
      <ResultsAnnouncer message={announcement} announceKey={viewKey} />
      {list.isFetchNextPageError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          Loading more clients failed.{" "}
          <Button size="sm" variant="ghost" onClick={list.loadMore}>
            Try again
          </Button>
        </p>
      )}
    </>
  );
}
