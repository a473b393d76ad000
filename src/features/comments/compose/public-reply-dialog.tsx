import { Button } from "../../../ui/button.tsx";
import { Dialog, DialogClose } from "../../../ui/dialog.tsx";

/** Asked before a reply in an internal thread is made public (visible to guest users). */
export function PublicReplyDialog(props: { open: boolean; onAnswer: (makePublic: boolean) => void }) {
  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => {
        if (!open) props.onAnswer(false);
      }}
      title="Make this reply public?"
      description="This thread is internal. A public reply is visible to guest users of the project."
      footer={
        <>
          <DialogClose asChild>
            <Button>Keep internal</Button>
          </DialogClose>
          <Button variant="danger" onClick={() => props.onAnswer(true)}>
            Make reply public
          </Button>
        </>
      }
    />
  );
}
