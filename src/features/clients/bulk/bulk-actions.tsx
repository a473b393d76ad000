import { useState } from "react";
import { ClientSegment } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { ConfirmDialog } from "../../../ui/confirm-dialog.tsx";
import type { BulkAction } from "./actions.ts";
import { ContactDialog } from "./contact-dialog.tsx";
import { selectedCount } from "./selection.ts";
import type { BulkController } from "./use-bulk.ts";

/** More than this many clients, and a destructive action asks first. */
const CONFIRM_ABOVE = 5;

export interface BulkActionsProps {
  bulk: BulkController;
  archivedView: boolean;
  /** Names of a few selected clients, for the confirmation. */
  someNames: readonly string[];
  /** Every loaded row is selected: offer the whole filter. */
  canSelectMatching: boolean;
  /** Export the selection as CSV (the view's export). */
  onExport: () => void;
}

const clients = (count: number) => (count === 1 ? "1 client" : `${count} clients`);

/** The selection in a sentence's middle: "3 clients", "all 148 matching clients", "all matching clients". */
function selectionWords(bulk: BulkController): string {
  const count = selectedCount(bulk.selection);
  if (bulk.selection.kind === "ids") return clients(count ?? 0);
  return count === null ? "all matching clients" : `all ${count} matching clients`;
}

/**
 * The bulk toolbar's actions (inside `BulkBarFrame`, which the clients view mounts while anything
 * is selected, so they are mounted afresh for each selection and a confirmation left open never
 * outlives it): select all matching, Delete or Restore, Set segment, Set primary contact, Export,
 * Clear, and the confirmation of a destructive run.
 */
export function BulkActions({
  bulk,
  archivedView,
  someNames,
  canSelectMatching,
  onExport,
}: BulkActionsProps) {
  const [confirming, setConfirming] = useState<BulkAction | null>(null);
  const count = selectedCount(bulk.selection);
  const matching = bulk.selection.kind === "matching";
  const busy = bulk.running;
  const askFirst = (action: BulkAction) => {
    if (count === null || count > CONFIRM_ABOVE) setConfirming(action);
    else bulk.act(action);
  };
  return (
    <>
      {canSelectMatching && (
        <Button size="sm" variant="ghost" onClick={bulk.selectAllMatching}>
          Select all clients that match this filter
        </Button>
      )}
      {archivedView ? (
        <Button size="sm" disabled={busy} onClick={() => bulk.act({ kind: "restore" })}>
          Restore selected
        </Button>
      ) : (
        <Button size="sm" variant="danger" disabled={busy} onClick={() => askFirst({ kind: "archive" })}>
          Delete selected
        </Button>
      )}
      <label className="flex items-center gap-1 text-slate-700 dark:text-slate-300">
        Set segment
        <select
          className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900"
          value=""
          disabled={busy}
          onChange={(event) => {
            const segment = ClientSegment.safeParse(event.target.value);
            if (segment.success) bulk.act({ kind: "segment", segment: segment.data });
          }}
        >
          <option value="">Choose…</option>
          {ClientSegment.options.map((segment) => (
            <option key={segment} value={segment}>
              {segment}
            </option>
          ))}
        </select>
      </label>
      <ContactDialog
        what={selectionWords(bulk)}
        disabled={busy}
        onApply={(contact) => bulk.act({ kind: "contact", contact })}
      />
      <Button size="sm" disabled={busy} onClick={onExport}>
        Export selected
      </Button>
      <Button size="sm" variant="ghost" onClick={bulk.clear}>
        Clear selection
      </Button>
      <ConfirmDialog
        open={confirming !== null}
        title={`Delete ${selectionWords(bulk)}?`}
        description={
          <>
            They are archived at once; the result offers Undo, which restores them. Among them:{" "}
            {someNames.slice(0, 3).join(", ")}
            {matching || (count ?? 0) > 3 ? ", …" : ""}
          </>
        }
        confirmLabel={`Delete ${selectionWords(bulk)}`}
        destructive
        onConfirm={() => {
          if (confirming) bulk.act(confirming);
          setConfirming(null);
        }}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
