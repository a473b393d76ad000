import { useRef } from "react";

/**
 * Focus goes back to whatever opened a Radix dialog that has no `Dialog.Trigger` (ours are opened
 * from state): remember the focused element as the dialog opens, focus it again when it closes.
 */
export function useReturnFocus() {
  const returnTo = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      if (returnTo.current?.isConnected) returnTo.current.focus();
    },
  };
}
