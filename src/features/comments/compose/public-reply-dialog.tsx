import { ConfirmDialog } from "../../../ui/confirm-dialog.tsx";

/** Asked before a reply in an internal thread is made public (visible to guest users). */
export function PublicReplyDialog(props: { open: boolean; onAnswer: (makePublic: boolean) => void }) {
  return (
    <ConfirmDialog
      open={props.open}
      title="Make this reply public?"
      description="This thread is internal. A public reply is visible to guest users of the project."
      confirmLabel="Make reply public"
      cancelLabel="Keep internal"
      destructive
      onConfirm={() => props.onAnswer(true)}
      onCancel={() => props.onAnswer(false)}
    />
  );
}
