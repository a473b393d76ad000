import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, createRouter, redirect } from "@tanstack/react-router";
import { ClientsPending } from "../features/clients/page/clients-pending.tsx";
import { validateClientsSearch } from "../features/clients/validate-search.ts";
import { validateCommentsSearch } from "../features/comments/validate-search.ts";
import { validateInboxSearch } from "../features/inbox/validate-search.ts";
import type { ConnectionStore } from "../features/settings/connection-store.ts";
import { Spinner } from "../ui/spinner.tsx";
import { NotFoundPage, RouteErrorPage } from "./error-pages.tsx";
import { Layout } from "./layout.tsx";

export interface RouterContext {
  queryClient: QueryClient;
  connection: ConnectionStore;
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
  // The page's shape paints from the entry chunk at once, before the route chunk arrives.
  pendingComponent: ClientsPending,
  pendingMs: 0,
  pendingMinMs: 0,
  // The first page is requested while the route's chunk loads, not after it rendered; the table's
  // query adopts the request. Not awaited: the page renders (and shows its own loading) at once.
  loader: ({ context: { queryClient, connection }, deps }) => {
    const state = connection.get();
    if (state.status !== "connected") return;
    void import("../features/clients/api/prefetch-first-page.ts").then(({ prefetchClientsFirstPage }) =>
      prefetchClientsFirstPage(queryClient, state.settings, deps),
    );
  },
}).lazy(() => import("./routes/clients.lazy.tsx").then((m) => m.Route));

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

export function createAppRouter(context: RouterContext) {
  return createRouter({
    routeTree,
    context,
    defaultPreload: "intent",
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    defaultPendingComponent: PendingPage,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
