import { Button } from "../../../ui/button.tsx";
import { Dialog, DialogClose } from "../../../ui/dialog.tsx";
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

/** After a run with failures: each failed client with the API's message, and Retry failed. */
export function BulkFailureReport({ bulk }: { bulk: BulkController }) {
  const { run } = bulk;
  if (run.status !== "report") return null;
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && bulk.closeReport()}
      title={`${run.failures.length === 1 ? "1 client" : `${run.failures.length} clients`} could not be changed`}
      description="They are shown as they were. Retry tries them again."
      footer={
        <>
          <DialogClose asChild>
            <Button>Close</Button>
          </DialogClose>
          <Button variant="primary" onClick={() => bulk.retryFailed(run.failures, run.action)}>
            Retry failed
          </Button>
        </>
      }
    >
      <ul aria-label="Failed clients" className="max-h-64 space-y-1 overflow-auto text-sm">
        {run.failures.map((failure) => (
          <li key={failure.row.id}>
            <span className="font-medium">{failure.row.name}</span>: {failure.message}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
