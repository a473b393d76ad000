import * as RadixDialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { Button } from "./button.tsx";
import { useReturnFocus } from "./use-return-focus.ts";

/** The look every modal shares (plain, form and confirm dialogs); only the width differs. */
export const dialogClasses = {
  overlay: "fixed inset-0 bg-slate-950/50",
  content: (width: string) =>
    `fixed top-1/2 left-1/2 z-50 ${width} -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl focus:outline-none dark:bg-slate-900`,
  title: "text-lg font-semibold text-slate-900 dark:text-slate-100",
  description: "mt-1 text-sm text-slate-600 dark:text-slate-400",
};

export interface DialogFrameProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** Shown under the title; without it the title is the (screen-reader only) description. */
  description?: ReactNode;
  /** A Tailwind width class of the panel. */
  width?: string;
  onEscapeKeyDown?: (event: KeyboardEvent) => void;
  children: ReactNode;
  /** Rendered inside the Root, outside the panel (e.g. a nested confirm dialog). */
  after?: ReactNode;
}

/** The modal frame: overlay, panel, title and description; focus returns to the opener on close. */
export function DialogFrame(props: DialogFrameProps) {
  const returnFocus = useReturnFocus();
  return (
    <RadixDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={`z-40 ${dialogClasses.overlay}`} />
        <RadixDialog.Content
          {...returnFocus}
          className={dialogClasses.content(props.width ?? "w-[min(32rem,calc(100vw-2rem))]")}
          onEscapeKeyDown={props.onEscapeKeyDown}
        >
          <RadixDialog.Title className={dialogClasses.title}>{props.title}</RadixDialog.Title>
          <RadixDialog.Description className={props.description ? dialogClasses.description : "sr-only"}>
            {props.description ?? props.title}
          </RadixDialog.Description>
          {props.children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
      {props.after}
    </RadixDialog.Root>
  );
}

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom; a Close button is added when none is given. */
  footer?: ReactNode;
}

/** A modal dialog with a title, an optional description and a footer of actions. */
export function Dialog({ open, onOpenChange, title, description, children, footer }: DialogProps) {
  return (
    <DialogFrame open={open} onOpenChange={onOpenChange} title={title} description={description}>
      {children && <div className="mt-4">{children}</div>}
      <div className="mt-6 flex justify-end gap-3">
        {footer ?? (
          <RadixDialog.Close asChild>
            <Button>Close</Button>
          </RadixDialog.Close>
        )}
      </div>
    </DialogFrame>
  );
}

export const DialogClose = RadixDialog.Close;
