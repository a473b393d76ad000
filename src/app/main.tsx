// The entry, kept small so it runs as soon as it arrives: boot.ts starts the first page's GET; then
// the app itself (React, the router, the query client) and the page's code load side by side.
import { loadPageCode } from "./boot.ts";
import "../index.css";
import { showLoadFailure } from "./load-failure.ts";
import { applyTheme, readThemePreference } from "./theme.ts";

// A chosen theme, before the app renders; without one the page follows the system, as the shell does.
applyTheme(readThemePreference());

// The app's code first, then the page's, then zod's: on HTTP/1.1's six connections per host the
// requests queue in this order, and the app's chunk, the largest and needed first, had waited
// 200–300 ms behind the page's 24 smaller files.
import("./start.tsx").catch(() => showLoadFailure(document, window.location.href));
loadPageCode();
// zod's configuration lives in zod's own chunk (vite.config.ts), so it runs whenever that chunk
// first loads, before any schema is made; started here, the chunk arrives while the route's does.
// A failure shows where the code that needs it loads.
import("./zod-config.ts").catch(() => undefined);
