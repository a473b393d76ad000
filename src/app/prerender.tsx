import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from "@tanstack/react-router";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { ClientsPending } from "../features/clients/page/clients-pending.tsx";
import { Layout } from "./layout.tsx";
import { withControlsOff } from "./server-markup.ts";
import { ThemeProvider } from "./theme-provider.tsx";

/**
 * The HTML of a page's shell (header, navigation and the page's loading shape) as the app paints it
 * before any route code arrives, rendered at build time into the page's HTML file, so the browser
 * paints it before any script has run. The app's first render replaces it with the same markup.
 * Only `/clients`, the page the app opens on, has one.
 */
const PAGES: Record<string, () => ReactNode> = { "/clients": ClientsPending };

/** Each prerendered page's path and the HTML of its shell (what goes inside `#root`). */
export async function prerenderPages(): Promise<[path: string, html: string][]> {
  return Promise.all(
    Object.entries(PAGES).map(async ([path, page]) => [path, await shell(path, page)] as [string, string]),
  );
}

async function shell(path: string, component: () => ReactNode): Promise<string> {
  const rootRoute = createRootRoute({ component: Layout });
  const page = createRoute({ getParentRoute: () => rootRoute, path, component });
  const router = createRouter({
    routeTree: rootRoute.addChildren([page]),
    history: createMemoryHistory({ initialEntries: [path] }),
    isServer: true,
  });
  await router.load();
  const html = renderToString(
    <ThemeProvider>
      <RouterProvider router={router} />
    </ThemeProvider>,
  );
  return withControlsOff(html);
}
