import { createMemoryHistory, defaultParseSearch, RouterProvider } from "@tanstack/react-router";
import { renderToString } from "react-dom/server";
import { clientKeys } from "../features/clients/api/keys.ts";
import { listParamsOf } from "../features/clients/api/list-params.ts";
import { renderedForViewport, SERVER_VIEWPORT_HEIGHT } from "../features/clients/table/observe-rect.ts";
import { validateClientsSearch } from "../features/clients/validate-search.ts";
import { readView } from "../features/clients/view/url-state.ts";
import { createConnectionStore } from "../features/settings/connection-store.ts";
import type { FetchLike } from "../kanbert/http.ts";
import { createEarlyFetch } from "../lib/early-fetch.ts";
import { firstPageElement, pageFromServer } from "./page-from-server.ts";
import { Providers } from "./providers.tsx";
import { createQueryClient } from "./query-client.ts";
import { clientsPageReady, createAppRouter } from "./router.tsx";
import { liftStyles, withControlsOff } from "./server-markup.ts";

export interface RenderRequest {
  /** The Kanbert API the server forwards to, e.g. `https://api.kanbert.com/api/v1`. */
  apiBaseUrl: string;
  token: string;
  /** The page's path and query, e.g. `/clients?sort=-updated_at`. */
  url: string;
  /** Gives up on the API (the server then sends the page without data). */
  signal: AbortSignal;
  /** The browser's viewport height (CSS px) as it last told the server: rows for that many; else a tall screen's. */
  viewportHeight?: number;
}

export interface RenderedPage {
  /** What goes inside `#root`. */
  html: string;
  /** What goes after it: the API's answer the rows came from, for the app to take over. */
  data: string;
  /** The markup's styles, for a `<style>` element the CSP allows by its nonce (server-markup.ts). */
  css: string;
}

/**
 * `/clients` as the app's first render draws it, with its first page of rows: the app's own router,
 * providers and page, rendered by the production server for a browser that has connected (its token
 * comes in a cookie, server/session.ts), so rows are painted before any script has run. The app
 * then takes the same answer over (`pageFromServer`) and renders the same page in its place.
 * `null` when the API did not answer with a page: the server sends the prerendered shell instead.
 */
export async function renderClientsPage(request: RenderRequest): Promise<RenderedPage | null> {
  const { apiBaseUrl, token, url, signal, viewportHeight = SERVER_VIEWPORT_HEIGHT } = request;
  const location = new URL(url, "http://server");
  const search = validateClientsSearch(defaultParseSearch(location.search));
  const answer: { current: { url: string; body: string } | null } = { current: null };
  // The API's answer as the app's fetch gets it, kept to send along with the page.
  const fetchImpl: FetchLike = async (input, init) => {
    const response = await fetch(input, { ...init, signal });
    if (response.ok) answer.current = { url: input, body: await response.clone().text() };
    return response;
  };
  const queryClient = createQueryClient();
  // One try: an API that fails now gets the shell at once, not after the app's backoff (1, 2, 4 s).
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  const connection = createConnectionStore({
    defaults: { baseUrl: apiBaseUrl, token },
    local: null,
    session: null,
  });
  // As the app's router imports it (dynamically), so the build keeps one way of loading it.
  const { prefetchClientsFirstPage } = await import("../features/clients/api/prefetch-first-page.ts");
  await prefetchClientsFirstPage(queryClient, { baseUrl: apiBaseUrl, token }, search, fetchImpl);
  const key = clientKeys.list(listParamsOf(readView(search)));
  const captured = answer.current;
  if (queryClient.getQueryState(key)?.status !== "success" || captured === null) return null;

  const early = createEarlyFetch(() => Promise.reject(new Error("The server fetches nothing more.")));
  const history = createMemoryHistory({ initialEntries: [`${location.pathname}${location.search}`] });
  const router = createAppRouter({ queryClient, connection, early }, history);
  await router.load();
  await clientsPageReady();
  // The page at once, not its loading shape first (as the app does when it takes this page over).
  pageFromServer.shown = true;
  // As many rows as the browser's viewport shows: each row more is markup to send and lay out, and
  // for the app to take down when it takes the page over.
  const markup = renderedForViewport(viewportHeight, () =>
    renderToString(
      <Providers queryClient={queryClient} connection={connection} fetchImpl={early.fetch}>
        <RouterProvider router={router} />
      </Providers>,
    ),
  );
  queryClient.clear();
  const { html, css } = liftStyles(markup);
  return {
    html: withControlsOff(html),
    css,
    data: firstPageElement({
      path: captured.url.slice(apiBaseUrl.length),
      body: captured.body,
      viewportHeight,
    }),
  };
}
