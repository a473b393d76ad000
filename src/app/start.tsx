// The app: evaluated once the entry (main.tsx) has started the first page's GET and the page's code.
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode, startTransition, useLayoutEffect } from "react";
import { createRoot } from "react-dom/client";
import { keepServerSession } from "../features/settings/server-session.ts";
import { firstContent } from "../ui/first-content.ts";
import { toast } from "../ui/toast-store.ts";
import { connection, early } from "./boot.ts";
import { pageFromServer } from "./page-from-server.ts";
import { Providers } from "./providers.tsx";
import { createQueryClient } from "./query-client.ts";
import { clientsPageReady, createAppRouter } from "./router.tsx";
import { takeOver } from "./take-over.ts";

const queryClient = createQueryClient({
  onUnauthorized() {
    // The settings page explains a rejected token itself.
    if (router.state.location.pathname === "/settings") return;
    toast.error("The API token was not accepted (401). Check it or enter a new one in Settings.", {
      id: "unauthorized",
      action: { label: "Go to Settings", onClick: () => void router.navigate({ to: "/settings" }) },
    });
  },
});
const router = createAppRouter({ queryClient, connection, early });
// The page's route chunks start loading now, while React evaluates and renders the shell; the
// router would ask for them only after that first render, and then reuses these.
const [routes] = router.getMatchedRoutes(router.state.location.pathname);
for (const route of routes) void router.loadRouteChunk(route)?.catch(() => undefined);

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element.");

// Only the production server keeps a token (server/session.ts); the dev server has no such route.
if (import.meta.env.PROD) {
  keepServerSession({ store: connection, renderedFor: pageFromServer.rowsFor, firstContent });
}
// Over prerendered markup (the shell, or the server's rows) React renders into a hidden element
// beside it, and its first commit swaps the two (take-over.ts): React never empties that markup.
const prerendered = container.hasChildNodes() ? takeOver(container) : null;
const root = createRoot(prerendered?.target ?? container);
/** Commits with the app's first render, and shows it in the prerendered markup's place. */
function Reveal() {
  useLayoutEffect(() => prerendered?.reveal(), []);
  return null;
}
// A transition: React renders the app in slices of a few ms, so the first render never blocks the
// main thread for long (a plain render would be one task).
const render = () =>
  startTransition(() =>
    root.render(
      <StrictMode>
        <Providers queryClient={queryClient} connection={connection} fetchImpl={early.fetch}>
          <RouterProvider router={router} />
        </Providers>
        <Reveal />
      </StrictMode>,
    ),
  );
// Over a prerendered shell (/clients) the router matches the location first (that route loads no
// chunk and its loader awaits nothing), so React's first commit puts the layout and the page's
// loading shape in the shell's place. Rendered at once, its first commit had no matches yet: the
// page would have gone empty until the router's synchronous render. Over the server's rows, React
// waits for the page's code and first page too, so its first commit puts the same rows in their
// place. Where there is no shell (other pages, whose route chunk the router would wait for), React
// renders at once: the layout and a pending page.
if (pageFromServer.shown) void router.load().then(clientsPageReady).finally(render);
else if (container.hasChildNodes()) void router.load().finally(render);
else render();
