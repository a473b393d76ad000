import { requestDefaultFirstPage } from "../features/clients/api/early-first-page.ts";
import { validateClientsSearch } from "../features/clients/validate-search.ts";
import { createBrowserConnectionStore } from "../features/settings/connection-store.ts";
import { createEarlyFetch } from "../lib/early-fetch.ts";

/**
 * What the entry does first, before React, the router and the query client have even arrived
 * (main.tsx loads them after this): the app's one connection store and its fetch, and on a load of
 * `/clients` the page's code and, in its default view, the first page's GET at once. The table's
 * query takes the answer over (`early.fetch`), so the request runs while the app's code loads.
 */
export const connection = createBrowserConnectionStore();
export const early = createEarlyFetch();

if (window.location.pathname === "/clients") {
  const state = connection.get();
  if (state.status === "connected") {
    const search = Object.fromEntries(new URLSearchParams(window.location.search));
    requestDefaultFirstPage(early, state.settings, validateClientsSearch(search));
  }
  // The same module the router renders (router.tsx); asked for here, it loads beside the app's code
  // rather than after it has run. A failure shows when the page renders.
  import("./routes/clients.lazy.tsx").catch(() => undefined);
}
