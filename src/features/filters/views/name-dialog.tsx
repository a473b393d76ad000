import { type FormEvent, useState } from "react";
import { Button } from "../../../ui/button.tsx";
import { Dialog, DialogClose } from "../../../ui/dialog.tsx";
import { TextField } from "../../../ui/field.tsx";

export interface NameDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  initial: string;
  existing: readonly string[];
  onSubmit: (name: string) => void;
}

/** Asks for a view's name; a name in use is allowed but says it will replace that view. */
export function NameDialog({ open, onOpenChange, title, initial, existing, onSubmit }: NameDialogProps) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const trimmed = name.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === "") return setError("Give the view a name.");
    if (trimmed.length > 80) return setError("Keep the name under 80 characters.");
    onSubmit(trimmed);
    onOpenChange(false);
  };
  const replaces = trimmed !== initial && existing.includes(trimmed);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description="A saved view keeps the filter, the sort and the visible columns."
      footer={
        <>
          <DialogClose asChild>
            <Button>Cancel</Button>
          </DialogClose>
          <Button variant="primary" type="submit" form="saved-view-name">
            Save
          </Button>
        </>
      }
    >
      <form id="saved-view-name" onSubmit={submit} noValidate>
        <TextField
          label="Name"
          value={name}
          error={error}
          description={replaces ? `This replaces the saved view “${trimmed}”.` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
        />
      </form>
    </Dialog>
  );
}
