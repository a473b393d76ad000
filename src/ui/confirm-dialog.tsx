import * as AlertDialog from "@radix-ui/react-alert-dialog";
import type { ReactNode } from "react";
import { Button } from "./button.tsx";
import { dialogClasses } from "./dialog.tsx";
import { useReturnFocus } from "./use-return-focus.ts";

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
        <AlertDialog.Overlay className={`z-50 ${dialogClasses.overlay}`} />
        <AlertDialog.Content
          {...returnFocus}
          className={dialogClasses.content("w-[min(28rem,calc(100vw-2rem))]")}
        >
          <AlertDialog.Title className={dialogClasses.title}>{props.title}</AlertDialog.Title>
          <AlertDialog.Description className={dialogClasses.description}>
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
