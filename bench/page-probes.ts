/**
 * Code that runs inside the benchmarked page (passed to Playwright as functions, so it must not
 * close over anything from Node). Data rows are rows (`<tr>` or `role=row`) with `aria-rowindex` ≥ 2.
 */

interface PageProbe {
  longTasks: { start: number; duration: number }[];
  maxDataRows: number;
  firstRowAt: number | null;
}

declare global {
  interface Window {
    __bench: PageProbe;
  }
}

/** Installed before any page script: long tasks, the largest row count, first row painted. */
export function installProbe(): void {
  const probe: PageProbe = { longTasks: [], maxDataRows: 0, firstRowAt: null };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  const count = () => {
    let rows = 0;
    for (const row of document.querySelectorAll("tr[aria-rowindex], [role=row][aria-rowindex]")) {
      if (Number(row.getAttribute("aria-rowindex")) >= 2) rows++;
    }
    probe.maxDataRows = Math.max(probe.maxDataRows, rows);
    if (rows > 0 && probe.firstRowAt === null) {
      // The frame after the row is in the DOM paints it: a message posted in its animation-frame
      // callback runs once the frame's style, layout and paint are done. (The callback alone runs
      // before them: for rows that came with the page, whose layout is the whole page's, 50–100 ms
      // before their paint.)
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.firstRowAt ??= performance.now();
        };
        channel.port2.postMessage(null);
      });
    }
  };
  new MutationObserver(count).observe(document, { subtree: true, childList: true });
}

/** Scrolls the table until row `target` (1-based data row) is in the DOM; returns [start, end] times. */
export async function scrollUntilRow(target: number): Promise<[number, number]> {
  // Any row will do: after a long scroll the first ones are virtualised away.
  const anyRow = document.querySelector("tr[aria-rowindex], [role=row][aria-rowindex]");
  let scroller: Element | null = anyRow?.parentElement ?? null;
  while (scroller && scroller !== document.body) {
    const style = getComputedStyle(scroller);
    if (/(auto|scroll)/.test(style.overflowY) && scroller.scrollHeight > scroller.clientHeight) break;
    scroller = scroller.parentElement;
  }
  const element = scroller && scroller !== document.body ? scroller : document.scrollingElement;
  if (!element) throw new Error("nothing scrolls");
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const maxIndex = () => {
    let max = 0;
    for (const row of document.querySelectorAll("tr[aria-rowindex], [role=row][aria-rowindex]")) {
      max = Math.max(max, Number(row.getAttribute("aria-rowindex")));
    }
    return max - 1;
  };
  const started = performance.now();
  const deadline = started + 180_000;
  while (maxIndex() < target) {
    if (performance.now() > deadline) throw new Error(`stuck at row ${maxIndex()}`);
    element.scrollTop += 600;
    await frame();
  }
  return [started, performance.now()];
}

/** Resolves when every data row in the DOM mentions `term` and the first row changed from `before`. */
export function rowsMatch([term, before]: readonly [term: string, before: string]): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      const rows = [...document.querySelectorAll("tr[aria-rowindex], [role=row][aria-rowindex]")].filter(
        (row) => Number(row.getAttribute("aria-rowindex")) >= 2,
      );
      const first = rows[0]?.textContent ?? "";
      if (
        rows.length > 0 &&
        first !== before &&
        rows.every((row) => row.textContent?.toLowerCase().includes(term))
      ) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  });
}
