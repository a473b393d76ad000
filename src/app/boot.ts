import { requestDefaultFirstPage } from "../features/clients/api/early-first-page.ts";
import { validateClientsSearch } from "../features/clients/validate-search.ts";
import { createBrowserConnectionStore } from "../features/settings/connection-store.ts";
import { requestHeaders, requestUrl } from "../kanbert/request.ts";
import { createEarlyFetch } from "../lib/early-fetch.ts";
import { pageFromServer, takeFirstPage } from "./page-from-server.ts";

/**
 * What the entry does first, before React, the router and the query client have even arrived
 * (main.tsx loads them after this): the app's one connection store and its fetch, and on a load of
 * `/clients` its first page: the one the server sent with the page when it did (page-from-server.ts),
 * else, in the default view, the first page's GET at once. The table's query takes the answer over
 * (`early.fetch`), so the request runs while the app's code loads, or is never made.
 */
export const connection = createBrowserConnectionStore();
export const early = createEarlyFetch();

const onClients = window.location.pathname === "/clients";

const state = connection.get();
const firstPage = onClients ? takeFirstPage(document) : null;
pageFromServer.rowsFor = firstPage?.viewportHeight ?? null;
if (firstPage && state.status === "connected") {
  const { baseUrl, token } = state.settings;
  early.answer(requestUrl(baseUrl, firstPage.path), { headers: requestHeaders(token) }, firstPage.body);
  pageFromServer.shown = true;
} else if (onClients && state.status === "connected") {
  const search = Object.fromEntries(new URLSearchParams(window.location.search));
  requestDefaultFirstPage(early, state.settings, validateClientsSearch(search));
}

/**
 * On a load of `/clients`, what asks for the page's code, one request each: the code the route's
 * loader prefetches the first page with (router.tsx imports it on the same condition, when
 * connected), which the page waits for, then the page's own module, the one the router renders.
 * Each settles once its code has arrived and run; main.tsx asks for the app's code after them. A
 * failure settles too, and shows when the page renders.
 */
export function pageCodeRequests(): (() => Promise<unknown>)[] {
  if (!onClients) return [];
  const page = () => import("./routes/clients.lazy.tsx").catch(() => undefined);
  if (state.status !== "connected") return [page];
  const prefetch = () => import("../features/clients/api/prefetch-first-page.ts").catch(() => undefined);
  return [prefetch, page];
}
