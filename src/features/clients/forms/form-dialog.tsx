import * as RadixDialog from "@radix-ui/react-dialog";
import {
  createContext,
  type FormEventHandler,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import { Button } from "../../../ui/button.tsx";
import { useReturnFocus } from "../../../ui/use-return-focus.ts";
import { DiscardChangesDialog } from "./confirm-dialog.tsx";
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
  const returnFocus = useReturnFocus();
  const close = () => {
    dirty.current = false;
    onOpenChange(false);
  };
  const requestClose = () => (dirty.current ? setAsking(true) : close());
  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : requestClose())}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <RadixDialog.Content
          className="fixed top-1/2 left-1/2 z-50 w-[min(34rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl focus:outline-none dark:bg-slate-900"
          {...returnFocus}
          onEscapeKeyDown={(event) => {
            if (isOpenCombobox(event.target)) event.preventDefault();
          }}
        >
          <RadixDialog.Title className="text-lg font-semibold text-slate-900 dark:text-slate-100">
            {title}
          </RadixDialog.Title>
          <RadixDialog.Description
            className={description ? "mt-1 text-sm text-slate-600 dark:text-slate-400" : "sr-only"}
          >
            {description ?? title}
          </RadixDialog.Description>
          <GuardContext.Provider value={{ dirty, requestClose, close }}>
            <div className="mt-5">{children}</div>
          </GuardContext.Provider>
        </RadixDialog.Content>
      </RadixDialog.Portal>
      <DiscardChangesDialog
        open={asking}
        onDiscard={() => {
          setAsking(false);
          close();
        }}
        onKeep={() => setAsking(false)}
      />
    </RadixDialog.Root>
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
