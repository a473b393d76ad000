import { observeElementRect, type Rect, type Virtualizer } from "@tanstack/react-virtual";

/**
 * The size of the table's scroller for the virtualizer, from a ResizeObserver only. The
 * virtualizer's own `observeElementRect` also reads `clientWidth`/`clientHeight` while React commits
 * the first render, which forces a layout at startup; the observer reports the size once the
 * browser has laid out anyway. Until then `initialRect` (below) stands in.
 */
export function observeRectWithoutReflow(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === "undefined") return observeElementRect(instance, cb);
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.contentBoxSize[0];
    if (box) cb({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * A render on the server (src/app/server-render.tsx) knows no window: rows for a tall screen
 * (1,440 px), more than most show; the scroller clips the rest until the app takes over.
 */
const SERVER_RECT: Rect = { width: 2560, height: 1440 - 304 };

/**
 * Rows rendered beyond the visible ones: none on the server, whose rows only stand until the app
 * takes over. Each row more is markup to send, parse and lay out on a first load: the 8 of the
 * browser's overscan made the longest task of a traced mobile load 72 ms instead of 52.
 */
export function overscanRows(overscan: number): number {
  return typeof window === "undefined" ? 0 : overscan;
}

/**
 * The scroller is `calc(100dvh - 19rem)` high, at least 20rem: a close first guess without layout.
 * Without ResizeObserver the virtualizer measures at once, as it always did: no guess then.
 */
export function estimatedScrollerRect(): Rect {
  if (typeof window === "undefined") return SERVER_RECT;
  if (typeof ResizeObserver === "undefined") return { width: 0, height: 0 };
  return { width: window.innerWidth, height: Math.max(320, window.innerHeight - 304) };
}
