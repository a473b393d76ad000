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

/** Asks for a view's name; a name in use is allowed after the person confirms replacing that view. */
export function NameDialog({ open, onOpenChange, title, initial, existing, onSubmit }: NameDialogProps) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  /** The name in use the person was asked about; a second Save (now "Replace") replaces it. */
  const [asked, setAsked] = useState<string | null>(null);
  const trimmed = name.trim();
  const replaces = trimmed !== initial && existing.includes(trimmed);
  const confirming = replaces && asked === trimmed;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === "") return setError("Give the view a name.");
    if (trimmed.length > 80) return setError("Keep the name under 80 characters.");
    if (replaces && !confirming) return setAsked(trimmed);
    onSubmit(trimmed);
    onOpenChange(false);
  };
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
            {confirming ? "Replace" : "Save"}
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
        {confirming && (
          <p role="alert" className="mt-3 text-sm text-amber-800 dark:text-amber-300">
            A view named “{trimmed}” exists. Replace it?
          </p>
        )}
      </form>
    </Dialog>
  );
}
