import { Button } from "../../../ui/button.tsx";
import { Dialog, DialogClose } from "../../../ui/dialog.tsx";
import type { BulkController } from "./use-bulk.ts";

export interface BulkFailureReportProps {
  bulk: BulkController;
}

/** After a run with failures: each failed client with the API's message, and Retry failed. */
export function BulkFailureReport({ bulk }: BulkFailureReportProps) {
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
