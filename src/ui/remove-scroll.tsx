import { type ElementType, forwardRef, type ReactNode, type Ref, useEffect } from "react";

/**
 * Stands in for `react-remove-scroll` (the scroll lock of Radix's Dialog, AlertDialog, modal menus
 * and popovers; see the alias in scripts/csp-safe-aliases.ts). The original injects a <style>
 * element, which the production CSP (`style-src 'self'`, no inline styles) refuses. This one locks
 * the page's scroll with a class from our stylesheet instead; the overlay keeps the pointer off
 * the page, and Radix still traps the focus and hides the rest from assistive technology.
 */

/** Dialogs may nest (a confirm over a dialog): the page stays locked until the last one closes. */
let locks = 0;
export const SCROLL_LOCKED_CLASS = "scroll-locked";

function lock(): () => void {
  locks += 1;
  document.documentElement.classList.add(SCROLL_LOCKED_CLASS);
  return () => {
    locks -= 1;
    if (locks === 0) document.documentElement.classList.remove(SCROLL_LOCKED_CLASS);
  };
}

interface RemoveScrollProps {
  children?: ReactNode;
  /** The element to render as; Radix passes its Slot, which merges our props into its child. */
  as?: ElementType;
  enabled?: boolean;
  className?: string;
  // Options of the original that have no meaning here, taken so they do not reach the DOM.
  allowPinchZoom?: boolean;
  shards?: unknown;
  removeScrollBar?: boolean;
  noIsolation?: boolean;
  inert?: boolean;
  forwardProps?: boolean;
  gapMode?: string;
  noRelative?: boolean;
}

export const RemoveScroll = forwardRef(function RemoveScroll(
  {
    children,
    as: Container = "div",
    enabled = true,
    className,
    allowPinchZoom: _allowPinchZoom,
    shards: _shards,
    removeScrollBar: _removeScrollBar,
    noIsolation: _noIsolation,
    inert: _inert,
    forwardProps: _forwardProps,
    gapMode: _gapMode,
    noRelative: _noRelative,
    ...rest
  }: RemoveScrollProps,
  ref: Ref<HTMLElement>,
) {
  useEffect(() => (enabled ? lock() : undefined), [enabled]);
  return (
    <Container {...rest} className={className} ref={ref}>
      {children}
    </Container>
  );
});
