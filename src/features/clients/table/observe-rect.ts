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

/** The page's parts above and below the table's scroller (19rem): the scroller gets the rest. */
const PAGE_CHROME_PX = 304;

/**
 * A render on the server (src/app/server-render.tsx) knows no window: the browser's viewport height
 * when it told the server (server/session.ts), else a tall screen's (1,440 px), more than most show;
 * the scroller clips the rest until the app takes over.
 */
export const SERVER_VIEWPORT_HEIGHT = 1440;
let serverViewportHeight = SERVER_VIEWPORT_HEIGHT;

/** Runs a server render (synchronous) for a browser whose viewport is `height` px high. */
export function renderedForViewport<T>(height: number, render: () => T): T {
  const before = serverViewportHeight;
  serverViewportHeight = height;
  try {
    return render();
  } finally {
    serverViewportHeight = before;
  }
}

function scrollerRect(width: number, viewportHeight: number): Rect {
  return { width, height: Math.max(320, viewportHeight - PAGE_CHROME_PX) };
}

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
  if (typeof window === "undefined") return scrollerRect(2560, serverViewportHeight);
  if (typeof ResizeObserver === "undefined") return { width: 0, height: 0 };
  return scrollerRect(window.innerWidth, window.innerHeight);
}
