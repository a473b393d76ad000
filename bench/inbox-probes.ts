/**
 * Code that runs inside the benchmarked inbox page (passed to Playwright as functions, so it must
 * not close over anything from Node). Threads are the rows `[data-index]` of the feed.
 */

interface InboxProbe {
  longTasks: { start: number; duration: number }[];
  firstThreadAt: number | null;
}

declare global {
  interface Window {
    __inbox: InboxProbe;
  }
}

/** Installed before any page script: long tasks and the first thread painted. */
export function installInboxProbe(): void {
  const probe: InboxProbe = { longTasks: [], firstThreadAt: null };
  window.__inbox = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  const seen = () => {
    if (probe.firstThreadAt !== null || !document.querySelector("[role=feed] [data-index] article")) return;
    // The frame after the thread is in the DOM is when it is painted.
    requestAnimationFrame(() => {
      probe.firstThreadAt ??= performance.now();
    });
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
}

/** Scrolls the feed a screen per frame until thread `target` (0-based) is rendered; [start, end]. */
export async function scrollUntilThread(target: number): Promise<[number, number]> {
  const feed = document.querySelector("[role=feed]");
  const scroller = feed?.parentElement;
  if (!scroller) throw new Error("no feed");
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const maxIndex = () => {
    let max = -1;
    for (const row of document.querySelectorAll("[role=feed] [data-index]"))
      max = Math.max(max, Number(row.getAttribute("data-index")));
    return max;
  };
  const start = performance.now();
  const deadline = start + 600_000;
  while (maxIndex() < target) {
    if (performance.now() > deadline) throw new Error(`thread ${target} not reached (at ${maxIndex()})`);
    scroller.scrollTop += scroller.clientHeight;
    await frame();
  }
  return [start, performance.now()];
}
