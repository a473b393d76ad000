import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import type { ArchivedMode } from "../../../kanbert/catalogue.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import type { WorkQueue } from "../../../lib/work-queue.ts";
import { toast } from "../../../ui/toast-store.ts";
import { useHttp } from "../../settings/index.ts";
import type { ClientListParams } from "../api/keys.ts";
import { type BulkAction, inverseOf, pastTense } from "./actions.ts";
import { createProgressStore, NO_PROGRESS } from "./progress-store.ts";
import { type BulkFailure, type BulkTarget, createBulkQueue, runBulk } from "./run-bulk.ts";
import {
  followScope,
  isSelected,
  NO_SELECTION,
  type Selection,
  type SelectionScope,
  selectMatching,
  withCount,
} from "./selection.ts";

export type BulkRunState =
  | { status: "idle" }
  | { status: "running"; action: BulkAction }
  | { status: "report"; action: BulkAction; failures: BulkFailure[] };

/**
 * The clients view's bulk state: the selection (kept across scroll, pages and refetch; cleared with
 * a polite announcement when the scope changes and once an action on it is over; an "all matching"
 * selection learns its count when a run or an export has walked the filter), the run and its
 * progress, the result toast with Undo of the whole batch and the failure report.
 */
export function useBulk(params: ClientListParams, archived: ArchivedMode, rows: readonly ClientFullData[]) {
  const http = useHttp();
  const queryClient = useQueryClient();
  const scope: SelectionScope = { filter: params.filter, sort: params.sort, archived };
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [shownScope, setShownScope] = useState(scope);
  const [announcement, setAnnouncement] = useState("");
  const [run, setRun] = useState<BulkRunState>({ status: "idle" });
  const [progress] = useState(createProgressStore);
  /** Rows seen selected, so a selected row trimmed from the cache by a restart can still be acted on. */
  const known = useRef(new Map<string, ClientFullData>());
  const queue = useRef<WorkQueue | null>(null);
  for (const row of rows) known.current.set(row.id, row);

  if (
    shownScope.filter !== scope.filter ||
    shownScope.sort !== scope.sort ||
    shownScope.archived !== scope.archived
  ) {
    const next = followScope(selection, shownScope, scope);
    setShownScope(scope);
    setSelection(next.selection);
    if (next.cleared) setAnnouncement("Selection cleared: the filter, sort or archived mode changed.");
  }

  const targetOf = useCallback(
    (chosen: Selection): BulkTarget =>
      chosen.kind === "matching"
        ? { kind: "matching", params, excludedIds: chosen.excludedIds }
        : // In the order the rows were first seen: the table's order.
          { kind: "rows", rows: [...known.current.values()].filter((row) => chosen.ids.has(row.id)) },
    [params],
  );

  /** Undo and Retry failed (`offerUndo` false for Undo) act on rows; an action on the selection ends it. */
  const start = useCallback(
    async (
      action: BulkAction,
      target: BulkTarget,
      offerUndo: boolean,
      onSelection = false,
    ): Promise<void> => {
      const q = createBulkQueue();
      queue.current = q;
      progress.set(NO_PROGRESS);
      setRun({ status: "running", action });
      const result = await runBulk({
        queryClient,
        http,
        action,
        target,
        queue: q,
        onProgress: (step) => {
          progress.set(step);
          const { total } = step;
          if (target.kind === "matching" && total !== null)
            setSelection((s) => withCount(s, target.excludedIds, total));
        },
      }).catch((error: unknown) => {
        toast.error(`The bulk action stopped: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      });
      queue.current = null;
      if (onSelection) setSelection(NO_SELECTION);
      if (!result) return setRun({ status: "idle" });
      const parts = [`${result.succeeded.length} ${pastTense(action)}`, `${result.failures.length} failed`];
      if (result.cancelled) parts.push("cancelled");
      const undo = () => {
        for (const inverse of groupByInverse(action, result.succeeded)) {
          void start(inverse.action, { kind: "rows", rows: inverse.rows }, false);
        }
      };
      toast[result.failures.length > 0 ? "error" : "success"](parts.join(" · "), {
        id: "bulk-result",
        duration: 15_000,
        ...(offerUndo && result.succeeded.length > 0
          ? {
              action: {
                label: "Undo",
                altText: `Undo: ${pastTense(action)} for the whole batch`,
                onClick: undo,
              },
            }
          : {}),
      });
      setRun(
        result.failures.length > 0
          ? { status: "report", action, failures: result.failures }
          : { status: "idle" },
      );
    },
    [queryClient, http, progress],
  );

  return {
    selection,
    setSelection,
    announcement,
    run,
    /** Done / failed / remaining of the run going now (see useProgress). */
    progress,
    isSelected: (id: string) => isSelected(selection, id),
    selectAllMatching: () => setSelection(selectMatching(scope)),
    clear: () => setSelection(NO_SELECTION),
    running: run.status === "running",
    act: (action: BulkAction) => void start(action, targetOf(selection), true, true),
    /** What an export of the selection covers (see exportSelection in the clients view). */
    target: () => targetOf(selection),
    /** An export walked the "all matching" selection that excluded `walked`, and found `count`. */
    counted: (walked: ReadonlySet<string>, count: number) => setSelection((s) => withCount(s, walked, count)),
    retryFailed: (failures: readonly BulkFailure[], action: BulkAction) =>
      void start(action, { kind: "rows", rows: failures.map((f) => f.row) }, true),
    cancel: () => queue.current?.cancel(),
    closeReport: () => setRun({ status: "idle" }),
  };
}

/** Undo: the inverse per client, grouped by the value it puts back (one run per previous segment). */
function groupByInverse(action: BulkAction, rows: readonly ClientFullData[]) {
  const groups = new Map<string, { action: BulkAction; rows: ClientFullData[] }>();
  for (const row of rows) {
    const inverse = inverseOf(action, row);
    const key = JSON.stringify(inverse);
    const group = groups.get(key) ?? { action: inverse, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export type BulkController = ReturnType<typeof useBulk>;
