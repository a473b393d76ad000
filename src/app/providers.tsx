import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense } from "react";
import { useClientsCrossTabSync } from "../features/clients/api/cross-tab.ts";
import { ConnectionProvider } from "../features/settings/connection-context.tsx";
import type { ConnectionStore } from "../features/settings/connection-store.ts";
import { DeferredToaster } from "../ui/deferred-toaster.tsx";
import { ThemeProvider } from "./theme-provider.tsx";

// Only in development: production builds drop this branch and the devtools chunk with it.
const QueryDevtools = import.meta.env.DEV
  ? lazy(() => import("@tanstack/react-query-devtools").then((m) => ({ default: m.ReactQueryDevtools })))
  : null;

function CrossTabSync() {
  useClientsCrossTabSync();
  return null;
}

export interface ProvidersProps {
  queryClient: QueryClient;
  /** The one connection store of the app, shared with the router (its loaders prefetch with it). */
  connection: ConnectionStore;
  children: ReactNode;
}

export function Providers({ queryClient, connection, children }: ProvidersProps) {
  return (
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider store={connection}>
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
