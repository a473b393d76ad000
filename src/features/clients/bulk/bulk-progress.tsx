import { Button } from "../../../ui/button.tsx";
import { useProgress } from "./progress-store.ts";
import type { BulkController } from "./use-bulk.ts";

/** While a run goes: a progress bar with done / failed / remaining, and Cancel. */
export function BulkProgressBar({ bulk }: { bulk: BulkController }) {
  const { done, failed, total } = useProgress(bulk.progress);
  if (bulk.run.status !== "running") return null;
  const remaining = total === null ? null : Math.max(0, total - done - failed);
  const text = `${done} done · ${failed} failed · ${remaining === null ? "counting…" : `${remaining} remaining`}`;
  return (
    <div className="flex items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
      <div
        role="progressbar"
        aria-label="Bulk action progress"
        aria-valuemin={0}
        aria-valuemax={total ?? undefined}
        aria-valuenow={total === null ? undefined : done + failed}
        aria-valuetext={text}
        className="h-2 w-40 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
      >
        <div
          className="h-full bg-indigo-600"
          style={{ width: total ? `${((done + failed) / total) * 100}%` : "0%" }}
        />
      </div>
      <span>{text}</span>
      <Button size="sm" onClick={bulk.cancel}>
        Cancel
      </Button>
    </div>
  );
}
