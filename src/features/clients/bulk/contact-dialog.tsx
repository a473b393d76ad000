import { useState } from "react";
import type { UserData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { Dialog, DialogClose } from "../../../ui/dialog.tsx";
import { UserPicker } from "../../users/index.ts";

/** What the picker holds: nothing picked yet, or a user, or "None" (null). */
type Choice = { user: UserData | null } | null;

export interface ContactDialogProps {
  /** "3 clients", "all 148 matching clients"… */
  what: string;
  /** While a run goes. */
  disabled: boolean;
  onApply: (contact: UserData | null) => void;
}

/** "Set primary contact" in the bulk bar: the users' one picker in a dialog, then Apply. */
export function ContactDialog({ what, disabled, onApply }: ContactDialogProps) {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<Choice>(null);
  const close = (next: boolean) => {
    setOpen(next);
    if (!next) setChoice(null);
  };
  return (
    <>
      <Button size="sm" disabled={disabled} onClick={() => setOpen(true)}>
        Set primary contact
      </Button>
      <Dialog
        open={open}
        onOpenChange={close}
        title={`Set the primary contact of ${what}`}
        description="Pick a person, or None to leave them without a contact. Undo puts back each client's previous contact."
        footer={
          <>
            <DialogClose asChild>
              <Button>Cancel</Button>
            </DialogClose>
            <Button
              variant="primary"
              disabled={choice === null}
              onClick={() => {
                if (choice === null) return;
                close(false);
                onApply(choice.user);
              }}
            >
              {`Apply to ${what}`}
            </Button>
          </>
        }
      >
        <UserPicker
          label="Primary contact"
          value={choice?.user ?? null}
          onChange={(user) => setChoice({ user })}
        />
      </Dialog>
    </>
  );
}
