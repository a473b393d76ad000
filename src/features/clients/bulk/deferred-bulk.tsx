import { Button } from "../../../ui/button.tsx";
import { deferred } from "../../../ui/deferred.tsx";
import type { BulkActionsProps } from "./bulk-actions.tsx";
import type { BulkFailureReportProps } from "./bulk-failure-report.tsx";

/**
 * The bulk bar's actions and their confirmation (with the dialog code) load after the table has
 * painted, or as soon as a row's checkbox is hovered or focused (`preload`). The bar's frame with
 * the count is in the route, so a selection made before shows the bar at once; until the actions
 * arrive one stand-in holds their place, so that Tab from the bar stays in it, and focus on it
 * moves to the first action when they come.
 */
export const DeferredBulkActions = deferred<BulkActionsProps>(
  () => import("./bulk-actions.tsx").then((module) => module.BulkActions),
  (_props, standIn) => (
    <Button size="sm" variant="ghost" {...standIn}>
      Loading actions…
    </Button>
  ),
);

/** The report of a run's failures (a dialog) loads after the table has painted. */
export const DeferredBulkFailureReport = deferred<BulkFailureReportProps>(
  () => import("./bulk-failure-report.tsx").then((module) => module.BulkFailureReport),
  () => null,
);
