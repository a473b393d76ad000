import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
  redirect,
} from "@tanstack/react-router";
import { useEffect } from "react";
import { requestDefaultFirstPage } from "../features/clients/api/early-first-page.ts";
import { ClientsPending } from "../features/clients/page/clients-pending.tsx";
import { validateClientsSearch } from "../features/clients/validate-search.ts";
import { validateCommentsSearch } from "../features/comments/validate-search.ts";
import { validateInboxSearch } from "../features/inbox/validate-search.ts";
import type { ConnectionStore } from "../features/settings/connection-store.ts";
import type { EarlyFetch } from "../lib/early-fetch.ts";
import { settledWithin } from "../lib/settled-within.ts";
import { DeferredPage } from "../ui/deferred-page.tsx";
import { firstContent } from "../ui/first-content.ts";
import { Spinner } from "../ui/spinner.tsx";
import { NotFoundPage, RouteErrorPage } from "./error-pages.tsx";
import { Layout } from "./layout.tsx";
import { pageFromServer } from "./page-from-server.ts";

/** How long the /clients page's code, once in, waits for its first page (below). */
const FIRST_PAGE_WAIT_MS = 300;
/** Settles when the first page the clients loader asked for is in the cache (or has failed). */
let firstPageLoaded: Promise<unknown> = Promise.resolve();

/**
 * The /clients page's code, the page a first visit opens. Not the route's `.lazy()`: the router
 * would wait for the chunk and then render the whole page in one synchronous store update (a task
 * of 140–150 ms here). boot.ts starts the same import on a cold load.
 *
 * Once in, the code waits up to `FIRST_PAGE_WAIT_MS` for the first page the loader asked for: with
 * the rows in the cache the page renders once, rows and all, instead of rendering a skeleton that
 * the rows replace in a second pass (about 140 ms less main-thread work on a cold load here).
 */
const ClientsRouteCode = lazyRouteComponent(
  () =>
    import("./routes/clients.lazy.tsx").then((code) =>
      settledWithin(firstPageLoaded, FIRST_PAGE_WAIT_MS).then(() => code),
    ),
  "ClientsRoute",
);

/**
 * The page's loading shape (also the prerendered shell), then the page, rendered in slices; or the
 * page at once when it takes over the server's rows (page-from-server.ts).
 */
function ClientsRouteComponent() {
  // Only the first render takes the server's rows over; a later visit renders in slices again.
  useEffect(() => {
    pageFromServer.shown = false;
  }, []);
  return (
    <DeferredPage pending={<ClientsPending />} immediate={pageFromServer.shown}>
      <ClientsRouteCode />
    </DeferredPage>
  );
}

export interface RouterContext {
  queryClient: QueryClient;
  connection: ConnectionStore;
  /** The app's fetch, which can start a GET before the code that uses it has loaded. */
  early: EarlyFetch;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/clients", replace: true });
  },
});

const clientsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/clients",
  validateSearch: validateClientsSearch,
  loaderDeps: ({ search }) => search,
  component: ClientsRouteComponent,
  // The page's code and its first page are requested while the page renders its loading shape, not
  // after; the table's query adopts the request. Nothing is awaited, also on intent (defaultPreload).
  // The default view's GET starts at once (on a cold load already in boot.ts, before React runs);
  // other views' once the prefetch code is in.
  loader: ({ context: { queryClient, connection, early }, deps }) => {
    const state = connection.get();
    if (state.status === "connected") {
      requestDefaultFirstPage(early, state.settings, deps, queryClient);
      firstPageLoaded = import("../features/clients/api/prefetch-first-page.ts").then(
        ({ prefetchClientsFirstPage }) =>
          prefetchClientsFirstPage(queryClient, state.settings, deps, early.fetch),
      );
    }
    void ClientsRouteCode.preload?.();
  },
});

const clientDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/clients/$clientId",
  validateSearch: validateCommentsSearch,
}).lazy(() => import("./routes/client-detail.lazy.tsx").then((m) => m.Route));

const clientByShortcodeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/clients/by-shortcode/$shortcode",
  validateSearch: validateCommentsSearch,
}).lazy(() => import("./routes/client-by-shortcode.lazy.tsx").then((m) => m.Route));

const clientByExternalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/clients/by-external/$origin/$externalId",
  validateSearch: validateCommentsSearch,
}).lazy(() => import("./routes/client-by-external.lazy.tsx").then((m) => m.Route));

const clientNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/clients/new",
}).lazy(() => import("./routes/client-new.lazy.tsx").then((m) => m.Route));

const commentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/comments",
  validateSearch: validateInboxSearch,
}).lazy(() => import("./routes/comments.lazy.tsx").then((m) => m.Route));

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/settings",
}).lazy(() => import("./routes/settings.lazy.tsx").then((m) => m.Route));

const routeTree = rootRoute.addChildren([
  indexRoute,
  clientsRoute,
  clientDetailRoute,
  clientByShortcodeRoute,
  clientByExternalRoute,
  clientNewRoute,
  commentsRoute,
  settingsRoute,
]);

function PendingPage() {
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
      <Spinner /> Loading…
    </p>
  );
}

/**
 * Settles when the /clients page's code is in and its first page loaded (or has waited long
 * enough, as above): the app renders a page the server sent with rows only then, so that its first
 * commit puts the same rows in their place.
 */
export function clientsPageReady(): Promise<unknown> {
  return ClientsRouteCode.preload?.() ?? Promise.resolve();
}

/** The app's router; with a `history` of its own, one that renders on the server (server-render.tsx). */
export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  const router = createRouter({
    routeTree,
    context,
    defaultPreload: "intent",
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    defaultPendingComponent: PendingPage,
    scrollRestoration: true,
    ...(history ? { history, isServer: true, scrollRestoration: false } : {}),
  });
  // /clients says itself when its first page is shown (ClientsView); any other page's content counts
  // as shown once it has rendered, so deferred code (ui/first-content.ts) need not wait longer.
  router.subscribe("onRendered", ({ toLocation }) => {
    if (toLocation.pathname !== clientsRoute.fullPath) firstContent.mark();
  });
  return router;
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
