import {
  createContext,
  type FormEventHandler,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import { Button } from "./button.tsx";
import { DiscardChangesDialog } from "./confirm-dialog.tsx";
import { DialogFrame } from "./dialog.tsx";
import { FormAlert } from "./form-alert.tsx";
import { useUnsavedChangesGuard } from "./use-unsaved-guard.tsx";

interface DialogGuard {
  dirty: { current: boolean };
  /** Close as the person asked (Cancel, Esc, outside): asks first when there are unsaved changes. */
  requestClose: () => void;
  /** Close without asking, after a successful save. */
  close: () => void;
}

const GuardContext = createContext<DialogGuard | null>(null);

/** An Esc meant for an open combobox popup closes that popup, not the dialog. */
function isOpenCombobox(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.getAttribute("role") === "combobox" &&
    target.getAttribute("aria-expanded") === "true"
  );
}

export interface FormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  /** The form: a `<DialogForm>`, mounted afresh each time the dialog opens. */
  children: ReactNode;
}

/**
 * A modal dialog around one form. Esc, Cancel and a click outside close it — after asking, when the
 * form has unsaved changes. Focus returns to the button that opened it.
 */
export function FormDialog({ open, onOpenChange, title, description, children }: FormDialogProps) {
  const dirty = useRef(false);
  const [asking, setAsking] = useState(false);
  const close = () => {
    dirty.current = false;
    onOpenChange(false);
  };
  const requestClose = () => (dirty.current ? setAsking(true) : close());
  return (
    <DialogFrame
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : requestClose())}
      title={title}
      description={description}
      width="w-[min(34rem,calc(100vw-2rem))]"
      onEscapeKeyDown={(event) => {
        if (isOpenCombobox(event.target)) event.preventDefault();
      }}
      after={
        <DiscardChangesDialog
          open={asking}
          onDiscard={() => {
            setAsking(false);
            close();
          }}
          onKeep={() => setAsking(false)}
        />
      }
    >
      <GuardContext.Provider value={{ dirty, requestClose, close }}>
        <div className="mt-5">{children}</div>
      </GuardContext.Provider>
    </DialogFrame>
  );
}

export interface DialogFormProps {
  dirty: boolean;
  pending: boolean;
  error: string | null;
  submitLabel: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}

/** The form inside a `<FormDialog>`: top message, fields, Cancel and the submit button. */
export function DialogForm({ dirty, pending, error, submitLabel, onSubmit, children }: DialogFormProps) {
  const guard = useDialogGuard();
  const { prompt } = useUnsavedChangesGuard(dirty, () => guard.dirty.current);
  useEffect(() => {
    guard.dirty.current = dirty;
  }, [guard, dirty]);
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={error} />
      {children}
      <div className="flex justify-end gap-3 pt-2">
        <Button onClick={guard.requestClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </div>
      {prompt}
    </form>
  );
}

export function useDialogGuard(): DialogGuard {
  const guard = useContext(GuardContext);
  if (!guard) throw new Error("useDialogGuard() needs a <FormDialog> around it.");
  return guard;
}
