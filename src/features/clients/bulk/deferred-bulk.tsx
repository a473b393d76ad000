import { deferred } from "../../../ui/deferred.tsx";
import type { BulkBarProps } from "./bulk-bar.tsx";
import { BulkBarFrame } from "./bulk-bar-frame.tsx";
import type { BulkFailureReportProps } from "./bulk-failure-report.tsx";
import { isEmpty } from "./selection.ts";

/**
 * The bulk bar and its confirmation (with the dialog code) load after the table has painted, or
 * as soon as a row's checkbox is hovered or focused (`preload`); a selection made before shows the
 * bar's frame with the count at once, and the actions a moment later.
 */
export const DeferredBulkBar = deferred<BulkBarProps>(
  () => import("./bulk-bar.tsx").then((module) => module.BulkBar),
  ({ bulk, barRef, onLeave }) =>
    isEmpty(bulk.selection) ? null : <BulkBarFrame bulk={bulk} barRef={barRef} onLeave={onLeave} />,
);

/** The report of a run's failures (a dialog) loads after the table has painted. */
export const DeferredBulkFailureReport = deferred<BulkFailureReportProps>(
  () => import("./bulk-failure-report.tsx").then((module) => module.BulkFailureReport),
  () => null,
);
