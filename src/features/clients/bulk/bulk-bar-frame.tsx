import type { ReactNode, RefObject } from "react";
import { selectedCount } from "./selection.ts";
import type { BulkController } from "./use-bulk.ts";

function countText(bulk: BulkController): string {
  const count = selectedCount(bulk.selection);
  if (bulk.selection.kind === "matching")
    return count === null
      ? "All matching clients selected (count unknown)"
      : `All ${count} matching clients selected`;
  return count === 1 ? "1 client selected" : `${count ?? 0} clients selected`;
}

export interface BulkBarFrameProps {
  bulk: BulkController;
  barRef: RefObject<HTMLDivElement | null>;
  onLeave: () => void;
  /** The actions; none while their code loads (deferred-bulk.tsx). */
  children?: ReactNode;
}

/** The bulk toolbar's frame and count: shared by the bar and its stand-in while the bar's code loads. */
export function BulkBarFrame({ bulk, barRef, onLeave, children }: BulkBarFrameProps) {
  return (
    <div
      ref={barRef}
      role="toolbar"
      aria-label="Bulk actions"
      aria-keyshortcuts="b"
      tabIndex={-1}
      onKeyDown={(event) => {
        // Keys from its dialogs (portalled, but React bubbles through portals) are theirs.
        if (
          event.key === "Escape" &&
          event.target instanceof Node &&
          event.currentTarget.contains(event.target)
        )
          onLeave();
      }}
      className="flex flex-wrap items-center gap-2 rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm dark:border-indigo-900 dark:bg-indigo-950/40"
    >
      <span className="font-medium text-slate-800 dark:text-slate-100">{countText(bulk)}</span>
      {children}
    </div>
  );
}
