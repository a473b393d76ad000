/**
 * What a cold load of a page cost until its first data row was painted, read inside the page after
 * `installProbe` (page-probes.ts) saw the row. Runs in the page: it must not close over anything.
 */

export interface StartupFigures {
  firstPaint: number;
  firstRow: number;
  /** Requests started before the first row was painted (the document included). */
  requests: number;
  /** JS bytes on the wire (compressed) of the scripts that had arrived by then. */
  jsBytes: number;
  /** How many `GET …/clients/full` requests started before the first row. */
  listRequests: number;
}

export function readStartupFigures(): StartupFigures {
  const firstRow = window.__bench.firstRowAt ?? Number.NaN;
  const paint = performance.getEntriesByName("first-paint")[0];
  const resources = performance
    .getEntriesByType("resource")
    .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
    .filter((entry) => entry.startTime <= firstRow);
  const scripts = resources.filter(
    (entry) => new URL(entry.name).pathname.endsWith(".js") && entry.responseEnd <= firstRow,
  );
  return {
    firstPaint: paint?.startTime ?? Number.NaN,
    firstRow,
    requests: resources.length + 1,
    jsBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    listRequests: resources.filter((entry) => new URL(entry.name).pathname.endsWith("/clients/full")).length,
  };
}
