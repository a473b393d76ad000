// The entry, kept small so it runs as soon as it arrives: boot.ts starts the first page's GET; then
// the page's code loads, and the app itself (React, the router, the query client) after it.
import { pageCodeRequests } from "./boot.ts";
import "../index.css";
import { showLoadFailure } from "./load-failure.ts";
import { applyTheme, readThemePreference } from "./theme.ts";

// A chosen theme, before the app renders; without one the page follows the system, as the shell does.
applyTheme(readThemePreference());

// The code: the page's first, then the app (React, the router, the query client) once the page's
// code has arrived. The app's evaluation is the load's longest task, and it then has the CPU to
// itself: asked for beside the page's code, it ran while the browser parsed the page's 20-odd files
// on its other threads, and on two cores took 45–50 ms of wall time for 17 ms of CPU (traced
// Lighthouse loads). The app's first render needs the page's code anyway; the price is one round
// trip for the app's chunk after it. Each request is made in a task of its own, after this one:
// each `import()` adds a preload link per file it needs, and the 30 or so in one task made it the
// longest of the load.
const pageCode: Promise<unknown>[] = [];
const requests: (() => void)[] = [
  ...pageCodeRequests().map((request) => () => void pageCode.push(request())),
  () =>
    void Promise.all(pageCode)
      .then(() => import("./start.tsx"))
      .catch(() => showLoadFailure(document, window.location.href)),
  // zod's configuration lives in zod's own chunk (vite.config.ts), so it runs whenever that chunk
  // first loads, before any schema is made. A failure shows where the code that needs it loads.
  () => void import("./zod-config.ts").catch(() => undefined),
];
const next = () => {
  requests.shift()?.();
  if (requests.length > 0) setTimeout(next, 0);
};
setTimeout(next, 0);
