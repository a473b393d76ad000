import { requestDefaultFirstPage } from "../features/clients/api/early-first-page.ts";
import { validateClientsSearch } from "../features/clients/validate-search.ts";
import { createBrowserConnectionStore } from "../features/settings/connection-store.ts";
import { createEarlyFetch } from "../lib/early-fetch.ts";

/**
 * What the entry does first, before React, the router and the query client are evaluated (main.tsx
 * imports this module before them): the app's one connection store and its fetch, and on a load of
 * `/clients` in its default view the first page's GET at once. The table's query takes the answer
 * over (`early.fetch`), so the request runs while the rest of the app's code loads.
 */
export const connection = createBrowserConnectionStore();
export const early = createEarlyFetch();

const state = connection.get();
if (state.status === "connected" && window.location.pathname === "/clients") {
  const search = Object.fromEntries(new URLSearchParams(window.location.search));
  requestDefaultFirstPage(early, state.settings, validateClientsSearch(search));
}
