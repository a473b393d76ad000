import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  type ErrorRouteComponent,
  type NotFoundRouteComponent,
  Outlet,
  type RouteComponent,
  RouterProvider,
} from "@tanstack/react-router";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";

export interface TestRoute<TSearch extends object> {
  path: string;
  component: RouteComponent;
  validateSearch?: (search: Record<string, unknown>) => TSearch;
}

export interface RenderRoutesOptions {
  notFoundComponent?: NotFoundRouteComponent;
  defaultErrorComponent?: ErrorRouteComponent;
  /** Puts providers around the router. */
  wrap?: (router: ReactNode) => ReactNode;
}

/** Renders `routes`, children of a bare root route, in a memory router that starts at `initial`. */
export function renderRoutes<TSearch extends object>(
  initial: string,
  routes: readonly TestRoute<TSearch>[],
  options: RenderRoutesOptions = {},
) {
  const { notFoundComponent, defaultErrorComponent, wrap } = options;
  const rootRoute = createRootRoute({
    component: Outlet,
    ...(notFoundComponent ? { notFoundComponent } : {}),
  });
  const routeTree = rootRoute.addChildren(
    routes.map((route) => createRoute({ getParentRoute: () => rootRoute, ...route })),
  );
  const router = createRouter({
    routeTree,
    history: createMemoryHistory({ initialEntries: [initial] }),
    ...(defaultErrorComponent ? { defaultErrorComponent } : {}),
  });
  const app = <RouterProvider router={router} />;
  render(wrap ? wrap(app) : app);
  return router;
}
