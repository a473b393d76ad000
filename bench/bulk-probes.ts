/**
 * Code that runs inside the page during the bulk bench (passed to Playwright as functions, so it
 * must not close over anything from Node): frames painted and the table scrolled while a run goes.
 */

export interface ScrollProbe {
  frames: number;
  longestFrameGap: number;
  scrolls: number;
  moved: number;
  startedAt: number;
  stop: boolean;
}

declare global {
  interface Window {
    __bulkScroll: ScrollProbe;
  }
}

/** Counts frames (longest gap between two) and scrolls the table by 300 px every 200 ms. */
export function startScrollProbe(): void {
  const probe: ScrollProbe = {
    frames: 0,
    longestFrameGap: 0,
    scrolls: 0,
    moved: 0,
    startedAt: performance.now(),
    stop: false,
  };
  window.__bulkScroll = probe;
  let last = performance.now();
  const frame = (at: number) => {
    probe.frames++;
    probe.longestFrameGap = Math.max(probe.longestFrameGap, at - last);
    last = at;
    if (!probe.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const scroller = () => {
    const row = document.querySelector("tr[aria-rowindex]");
    let element: Element | null = row?.parentElement ?? null;
    while (element && element !== document.body) {
      if (/(auto|scroll)/.test(getComputedStyle(element).overflowY)) return element;
      element = element.parentElement;
    }
    return null;
  };
  const timer = setInterval(() => {
    if (probe.stop) return clearInterval(timer);
    const element = scroller();
    if (!element || element.scrollHeight <= element.clientHeight + 300) return;
    const before = element.scrollTop;
    const atEnd = before + element.clientHeight + 300 >= element.scrollHeight;
    element.scrollTop = atEnd ? 0 : before + 300;
    probe.scrolls++;
    requestAnimationFrame(() => {
      if (element.scrollTop !== before) probe.moved++;
    });
  }, 200);
}

/** Stops the probe; returns its figures and how long it ran (ms). */
export function stopScrollProbe(): ScrollProbe & { ranFor: number } {
  const probe = window.__bulkScroll;
  probe.stop = true;
  return { ...probe, ranFor: performance.now() - probe.startedAt };
}
