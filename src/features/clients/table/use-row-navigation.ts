import type { Virtualizer } from "@tanstack/react-virtual";
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { PAGE_ROWS } from "./geometry.ts";
import { targetRow } from "./row-keys.ts";

function rowIndexOf(target: EventTarget): number | null {
  if (!(target instanceof Element)) return null;
  const row = target.closest("tr[data-index]");
  if (!(row instanceof HTMLElement)) return null;
  const index = Number(row.dataset.index);
  return Number.isInteger(index) ? index : null;
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function closestOf(target: EventTarget, selector: string): boolean {
  return target instanceof Element && target.closest(selector) !== null;
}

export interface RowNavigationOptions {
  count: number;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Opens the client of a row; `viaLink` when its link navigates by itself. */
  onOpen: (index: number, viaLink: boolean) => void;
  /** The row to focus on mount (a place restored after Back); null for none. */
  initialFocus: number | null;
}

/**
 * Roving focus over the virtual rows (each row's focus stop is its name link): Up/Down, Page
 * Up/Down, Home/End (with or without Ctrl) move; Enter or a click anywhere on a row opens the client.
 */
export function useRowNavigation({
  count,
  virtualizer,
  scrollRef,
  onOpen,
  initialFocus,
}: RowNavigationOptions) {
  const [active, setActive] = useState(initialFocus ?? 0);
  const pendingFocus = useRef<number | null>(initialFocus);

  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const link = scrollRef.current?.querySelector(`tr[data-index='${index}'] [data-row-link]`);
    if (link instanceof HTMLElement) {
      link.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const moveTo = useCallback(
    (index: number) => {
      setActive(index);
      pendingFocus.current = index;
      virtualizer.scrollToIndex(index, { align: "auto" });
    },
    [virtualizer],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const index = rowIndexOf(event.target);
    // Ctrl+Home / Ctrl+End jump like Home / End (the first / last loaded row); other chords are not ours.
    const jump = event.key === "Home" || event.key === "End";
    if (index === null || event.altKey || event.metaKey || (event.ctrlKey && !jump)) return;
    const target = targetRow(event.key, index, count, PAGE_ROWS);
    if (target === null) return;
    event.preventDefault();
    moveTo(target);
  };

  // Enter on the focused name link arrives here as the link's click.
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const index = rowIndexOf(event.target);
    if (index === null || !isPlainClick(event) || closestOf(event.target, "button, input")) return;
    if (closestOf(event.target, "a[href]")) return onOpen(index, true);
    if (window.getSelection()?.toString()) return;
    onOpen(index, false);
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = rowIndexOf(event.target);
    if (index !== null) setActive(index);
  };

  const resetActive = useCallback(() => setActive(0), []);
  const clamped = Math.min(active, Math.max(count - 1, 0));
  return { active: clamped, resetActive, handlers: { onKeyDown, onClick, onFocus } };
}
