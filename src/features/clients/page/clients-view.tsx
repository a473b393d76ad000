import { Link } from "@tanstack/react-router";
import { type ReactNode, useRef } from "react";
import { flushSync } from "react-dom";
import { isApiError } from "../../../kanbert/errors.ts";
import { buttonClasses } from "../../../ui/button.tsx";
import { FilterBar } from "../../filters/index.ts";
import { useClientsInfinite } from "../api/use-clients-infinite.ts";
import { ExportButton, ExportProgress } from "../export/export-control.tsx";
import { useCsvExport } from "../export/use-csv-export.ts";
import { ColumnsMenu } from "../toolbar/columns-menu.tsx";
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
  const csv = useCsvExport(params, view.columns);
  const exportButton = useRef<HTMLButtonElement>(null);
  // Cancel and Dismiss vanish with the progress bar: focus goes back to the button that started it
  // (rendered enabled first, since a disabled button cannot take focus).
  const stopExport = () => {
    flushSync(csv.cancel);
    exportButton.current?.focus();
  };
  const rejected = isApiError(list.error) && list.error.status === 400 ? list.error : null;
  return (
    <div className="space-y-4">
      {header(
        <>
          <ColumnsMenu columns={view.columns} onChange={setColumns} />
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
      <ClientsResults controller={controller} list={list} rejected={rejected !== null} />
    </div>
  );
}
