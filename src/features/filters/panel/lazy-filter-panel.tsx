import { lazy, Suspense } from "react";
import { Spinner } from "../../../ui/spinner.tsx";
import type { FilterPanelHostProps } from "./filter-panel-host.tsx";

/** Starts loading the panel's chunk (on hover or focus of "Filter"); later calls reuse the first. */
export const loadFilterPanel = () => import("./filter-panel-host.tsx");

const FilterPanelHost = lazy(loadFilterPanel);

/** The filter panel, loaded on demand, with a short loading line while its chunk arrives. */
export function LazyFilterPanel(props: FilterPanelHostProps) {
  return (
    <Suspense
      fallback={
        <p role="status" className="flex items-center gap-2 p-4 text-sm text-slate-600 dark:text-slate-400">
          <Spinner /> Loading the filter editor…
        </p>
      }
    >
      <FilterPanelHost {...props} />
    </Suspense>
  );
}
