import * as AlertDialog from "@radix-ui/react-alert-dialog";
import type { ReactNode } from "react";
import { Button } from "../../../ui/button.tsx";
import { useReturnFocus } from "../../../ui/use-return-focus.ts";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  destructive?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A question that needs an answer (delete? discard changes?); Esc and Cancel say no. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const returnFocus = useReturnFocus();
  return (
    <AlertDialog.Root
      open={props.open}
      onOpenChange={(open) => {
        if (!open) props.onCancel();
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-950/50" />
        <AlertDialog.Content
          {...returnFocus}
          className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl focus:outline-none dark:bg-slate-900"
        >
          <AlertDialog.Title className="text-lg font-semibold text-slate-900 dark:text-slate-100">
            {props.title}
          </AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {props.description}
          </AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-3">
            <AlertDialog.Cancel asChild>
              <Button>{props.cancelLabel ?? "Cancel"}</Button>
            </AlertDialog.Cancel>
            <Button
              variant={props.destructive ? "danger" : "primary"}
              disabled={props.pending}
              onClick={props.onConfirm}
            >
              {props.confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

/** The one wording of "leave and lose what you typed?". */
export function DiscardChangesDialog(props: { open: boolean; onDiscard: () => void; onKeep: () => void }) {
  return (
    <ConfirmDialog
      open={props.open}
      title="Discard unsaved changes?"
      description="You changed this form without saving. Leaving now throws those changes away."
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      destructive
      onConfirm={props.onDiscard}
      onCancel={props.onKeep}
    />
  );
}
