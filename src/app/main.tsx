// The entry, kept small so it runs as soon as it arrives: boot.ts starts the first page's GET; then
// the app itself (React, the router, the query client) and the page's code load side by side.
import { pageCodeRequests } from "./boot.ts";
import "../index.css";
import { showLoadFailure } from "./load-failure.ts";
import { applyTheme, readThemePreference } from "./theme.ts";

// A chosen theme, before the app renders; without one the page follows the system, as the shell does.
applyTheme(readThemePreference());

// The code, asked for in this order: on HTTP/1.1's six connections per host the requests queue in
// it, and the app's chunk, the largest and needed first, had waited 200–300 ms behind the page's 24
// smaller files. Each request is made in a task of its own, after this one: each `import()` adds a
// preload link per file it needs, and the 30 or so in one task made it the longest of the load.
const requests = [
  () => void import("./start.tsx").catch(() => showLoadFailure(document, window.location.href)),
  ...pageCodeRequests(),
  // zod's configuration lives in zod's own chunk (vite.config.ts), so it runs whenever that chunk
  // first loads, before any schema is made. A failure shows where the code that needs it loads.
  () => void import("./zod-config.ts").catch(() => undefined),
];
const next = () => {
  requests.shift()?.();
  if (requests.length > 0) setTimeout(next, 0);
};
setTimeout(next, 0);
