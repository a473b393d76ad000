import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { useLoadOnEnd } from "../../../lib/use-load-on-end.ts";
import type { ClientColumnId } from "../view/column-catalogue.ts";
import { type SortKey, toggleSort } from "../view/sort.ts";
import { ArchivedRowsContext } from "./archived-rows-context.ts";
import { BodyRow } from "./body-row.tsx";
import { HEADER_HEIGHT, OVERSCAN, ROW_HEIGHT } from "./geometry.ts";
import { HeaderRow } from "./header-row.tsx";
import { estimatedScrollerRect, observeRectWithoutReflow, overscanRows } from "./observe-rect.ts";
import { RESIZE_HINT_ID } from "./resize-handle.tsx";
import { TabbableRowContext } from "./row-focus-context.ts";
import {
  CHECK_COLUMN_WIDTH,
  handleSelectionKey,
  type RowSelection,
  RowSelectionContext,
} from "./row-selection.tsx";
import { clearPlace, readPlace, savePlace } from "./scroll-memory.ts";
import { scrollWithoutNeedlessWrite } from "./scroll-without-reflow.ts";
import { SkeletonRows } from "./skeleton-rows.tsx";
import { SORT_HINT_ID } from "./sort-header.tsx";
import { TableFooter } from "./table-footer.tsx";
import { useClientsTable } from "./use-clients-table.ts";
import { useRowNavigation } from "./use-row-navigation.ts";

export interface ClientsTableProps {
  label: string;
  rows: ClientFullData[];
  columns: ClientColumnId[];
  sort: SortKey[];
  onSortChange: (sort: SortKey[]) => void;
  /** Identifies the view (filter and sort); the table returns to the top when it changes. */
  viewKey: string;
  loading: boolean;
  /** Rows of the previous view, shown while the new one loads. */
  stale: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** Ids of the rows that are archived, marked as such. */
  archivedIds: ReadonlySet<string>;
  /** Opens a client; `viaLink` when its name link already navigates. */
  onOpen: (client: ClientFullData, viaLink: boolean) => void;
  /** Bulk selection: a checkbox column and the selection keys; none without it. */
  selection?: RowSelection;
}

/** The virtualised clients table: a real <table> with spacer rows around the rendered ones. */
export function ClientsTable(props: ClientsTableProps) {
  const { rows, columns, viewKey, loading, stale, hasMore, loadMore, onOpen: open } = props;
  const footerId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  const [place] = useState(() => readPlace(viewKey));
  const { table, headers, style, totalWidth, setColumnSizing } = useClientsTable(rows, columns);
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: overscanRows(OVERSCAN),
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialOffset: place?.offset ?? 0,
    getItemKey: (index) => rows[index]?.id ?? index,
    // Let React schedule the re-render of a scroll instead of forcing it synchronously per event.
    useFlushSync: false,
    // No forced layout at startup: the scroller's size comes from a ResizeObserver.
    observeElementRect: observeRectWithoutReflow,
    initialRect: estimatedScrollerRect(),
    scrollToFn: scrollWithoutNeedlessWrite,
  });

  const onOpen = useCallback(
    (index: number, viaLink: boolean) => {
      const client = rows[index];
      if (!client) return;
      savePlace({ view: viewKey, offset: scrollRef.current?.scrollTop ?? 0, index });
      open(client, viaLink);
    },
    [rows, viewKey, open],
  );
  const initialFocus = place && place.index < rows.length ? place.index : null;
  const nav = useRowNavigation({ count: rows.length, virtualizer, scrollRef, onOpen, initialFocus });

  useEffect(() => clearPlace(), []);
  const shownKey = useRef(viewKey);
  const { resetActive } = nav;
  useEffect(() => {
    if (shownKey.current === viewKey) return;
    shownKey.current = viewKey;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    resetActive();
  }, [viewKey, resetActive]);

  useLoadOnEnd(scrollRef, sentinelRef, loadMore, hasMore && !loading && !stale);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start - HEADER_HEIGHT : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - HEADER_HEIGHT) : 0;
  const selection = props.selection ?? null;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const row = event.target instanceof Element ? event.target.closest("tr[data-index]") : null;
    const index = row instanceof HTMLElement ? Number(row.dataset.index) : Number.NaN;
    if (Number.isInteger(index) && handleSelectionKey(selection, event, index, rows.length)) return;
    nav.handlers.onKeyDown(event);
  };
  const tabbable = items.some((item) => item.index === nav.active) ? nav.active : (first?.index ?? -1);

  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <p id={SORT_HINT_ID} hidden>
        Sorts by this column; press again to reverse. Hold Shift to add it as another sort key.
      </p>
      <p id={RESIZE_HINT_ID} hidden>
        Drag, or press the Left and Right arrow keys, to change the width. Double-click to reset it.
      </p>
      <div
        ref={scrollRef}
        className="relative h-[calc(100dvh-19rem)] min-h-80 overflow-auto overscroll-contain"
      >
        <RowSelectionContext value={selection}>
          <table
            aria-label={props.label}
            aria-rowcount={-1}
            aria-busy={loading || stale || props.loadingMore}
            aria-describedby={footerId}
            className="table-fixed border-separate border-spacing-0"
            style={{ ...style, width: totalWidth + (selection ? CHECK_COLUMN_WIDTH : 0), minWidth: "100%" }}
          >
            <colgroup>
              {selection && <col style={{ width: CHECK_COLUMN_WIDTH }} />}
              {headers.map((header) => (
                <col key={header.id} style={{ width: `var(--col-${header.column.id})` }} />
              ))}
            </colgroup>
            <HeaderRow
              headers={headers}
              sort={props.sort}
              onSort={(key, additive) => props.onSortChange(toggleSort(props.sort, key, additive))}
              onResize={(id, size) => setColumnSizing((sizes) => ({ ...sizes, [id]: size }))}
              selectable={selection !== null}
            />
            {loading ? (
              <SkeletonRows columns={columns} />
            ) : (
              <ArchivedRowsContext value={props.archivedIds}>
                <TabbableRowContext value={tabbable}>
                  <tbody {...nav.handlers} onKeyDown={onKeyDown}>
                    {before > 0 && <tr data-spacer="" style={{ height: before }} />}
                    {items.map((item) => {
                      const row = tableRows[item.index];
                      return row ? (
                        <BodyRow
                          key={item.key}
                          row={row}
                          index={item.index}
                          dimmed={stale}
                          columnsKey={columns.join(",")}
                          selected={selection ? selection.isSelected(row.id) : undefined}
                        />
                      ) : null;
                    })}
                    {after > 0 && <tr data-spacer="" style={{ height: after }} />}
                  </tbody>
                </TabbableRowContext>
              </ArchivedRowsContext>
            )}
          </table>
        </RowSelectionContext>
        <div ref={sentinelRef} aria-hidden="true" className="h-px" />
      </div>
      <TableFooter
        id={footerId}
        loaded={rows.length}
        loading={loading}
        hasMore={hasMore}
        loadingMore={props.loadingMore}
        onLoadMore={loadMore}
      />
    </div>
  );
}
