import { Link } from "@tanstack/react-router";
import { type ReactNode, useCallback, useEffect, useRef } from "react";
import { flushSync } from "react-dom";
import { isApiError } from "../../../kanbert/errors.ts";
import { buttonClasses } from "../../../ui/button-classes.ts";
import { firstContent } from "../../../ui/first-content.ts";
import { FilterBar } from "../../filters/index.ts";
import { useClientsInfinite } from "../api/use-clients-infinite.ts";
import { BulkAnnouncer } from "../bulk/bulk-announcer.tsx";
import { BulkBarFrame } from "../bulk/bulk-bar-frame.tsx";
import { BulkProgressBar } from "../bulk/bulk-progress.tsx";
import { DeferredBulkActions, DeferredBulkFailureReport } from "../bulk/deferred-bulk.tsx";
import { isEmpty } from "../bulk/selection.ts";
import { useBulk } from "../bulk/use-bulk.ts";
import { useRowSelection } from "../bulk/use-row-selection.ts";
import { ExportButton, ExportProgress } from "../export/export-control.tsx";
import { useCsvExport } from "../export/use-csv-export.ts";
import { DeferredColumnsMenu } from "../toolbar/deferred-columns-menu.tsx";
import { QuickFiltersBar } from "../toolbar/quick-filters-bar.tsx";
import { useClientsView } from "../use-clients-view.ts";
import { ClientsResults } from "./clients-results.tsx";
import { FilterRejected } from "./filter-rejected.tsx";
import { useRememberList } from "./use-remember-list.ts";
import { ViewNotices } from "./view-notices.tsx";

/** The clients view: toolbar, notices, the table and its states, all driven by the URL. */
export function ClientsView({ header }: { header: (actions: ReactNode) => ReactNode }) {
  useRememberList();
  const controller = useClientsView();
  const { view, params, setColumns } = controller;
  const list = useClientsInfinite(params);
  // The first page (or what stands in for it) is the content a visit waits for: deferred code may load now.
  const contentShown = !list.isPending || list.failureCount > 0;
  useEffect(() => {
    if (contentShown) firstContent.mark();
  }, [contentShown]);
  const csv = useCsvExport(params, view.columns);
  const exportButton = useRef<HTMLButtonElement>(null);
  // Cancel and Dismiss vanish with the progress bar: focus goes back to the button that started it
  // (rendered enabled first, since a disabled button cannot take focus).
  const stopExport = () => {
    flushSync(csv.cancel);
    exportButton.current?.focus();
  };
  const bulk = useBulk(params, view.archived, list.rows);
  const barRef = useRef<HTMLDivElement>(null);
  /** The row whose link had focus when `b` moved focus into the bar; Esc there goes back to it. */
  const backFromBar = useRef<string | null>(null);
  const toBar = useCallback(() => {
    const row = document.activeElement?.closest("tr[data-index]");
    backFromBar.current = row instanceof HTMLElement ? (row.dataset.index ?? null) : null;
    barRef.current?.focus();
  }, []);
  const fromBar = () => {
    const index = backFromBar.current;
    const link = index === null ? null : document.querySelector(`tr[data-index='${index}'] [data-row-link]`);
    if (link instanceof HTMLElement) link.focus();
  };
  const selection = useRowSelection(bulk, list.rows, toBar);
  /** The selection through the view's export; a walk of "all matching" tells the bar its count. */
  const exportSelection = async () => {
    const target = bulk.target();
    if (target.kind === "rows") return void (await csv.start(target));
    const rows = await csv.start({ kind: "view", excludedIds: target.excludedIds });
    if (rows !== null) bulk.counted(target.excludedIds, rows);
  };
  const rejected = isApiError(list.error) && list.error.status === 400 ? list.error : null;
  return (
    <div className="space-y-4">
      {header(
        <>
          <DeferredColumnsMenu columns={view.columns} onChange={setColumns} />
          <ExportButton
            ref={exportButton}
            running={csv.state.status === "running"}
            onStart={() => void csv.start()}
          />
          <Link to="/clients/new" className={buttonClasses("primary")}>
            New client
          </Link>
        </>,
      )}
      <QuickFiltersBar controller={controller} />
      <FilterBar controller={controller} />
      {rejected && <FilterRejected message={rejected.message} />}
      <ViewNotices notices={view.notices} />
      <ExportProgress state={csv.state} onCancel={stopExport} />
      <BulkProgressBar bulk={bulk} />
      <DeferredBulkFailureReport bulk={bulk} />
      <BulkAnnouncer message={bulk.announcement} />
      {!isEmpty(bulk.selection) && (
        <BulkBarFrame bulk={bulk} barRef={barRef} onLeave={fromBar}>
          <DeferredBulkActions
            bulk={bulk}
            archivedView={view.archived === "only"}
            canSelectMatching={selection.loaded === "all" && bulk.selection.kind === "ids"}
            someNames={list.rows.filter((row) => bulk.isSelected(row.id)).map((row) => row.name)}
            onExport={() => void exportSelection()}
          />
        </BulkBarFrame>
      )}
      <ClientsResults
        controller={controller}
        list={list}
        rejected={rejected !== null}
        selection={selection}
      />
    </div>
  );
}
