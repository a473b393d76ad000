import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense } from "react";
import { ConnectionProvider } from "../features/settings/connection-context.tsx";
import type { ConnectionStore } from "../features/settings/connection-store.ts";
import type { FetchLike } from "../kanbert/http.ts";
import { deferred } from "../ui/deferred.tsx";
import { DeferredToaster } from "../ui/deferred-toaster.tsx";
import { ThemeProvider } from "./theme-provider.tsx";

// Only in development: production builds drop this branch and the devtools chunk with it.
const QueryDevtools = import.meta.env.DEV
  ? lazy(() => import("@tanstack/react-query-devtools").then((m) => ({ default: m.ReactQueryDevtools })))
  : null;

/** Listens to the other tabs once the browser is idle: its channel parses with zod, not in the entry. */
const CrossTabSync = deferred<Record<string, never>>(
  () => import("../features/clients/api/cross-tab.ts").then((module) => module.ClientsCrossTabSync),
  () => null,
);

export interface ProvidersProps {
  queryClient: QueryClient;
  /** The one connection store of the app, shared with the router (its loaders prefetch with it). */
  connection: ConnectionStore;
  /** The fetch of every API client (the app's takes over GETs its router started early). */
  fetchImpl: FetchLike;
  children: ReactNode;
}

export function Providers({ queryClient, connection, fetchImpl, children }: ProvidersProps) {
  return (
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider store={connection} fetchImpl={fetchImpl}>
          {children}
          <CrossTabSync />
          <DeferredToaster />
        </ConnectionProvider>
        {QueryDevtools && (
          <Suspense fallback={null}>
            <QueryDevtools buttonPosition="bottom-left" />
          </Suspense>
        )}
      </QueryClientProvider>
    </ThemeProvider>
  );
}
