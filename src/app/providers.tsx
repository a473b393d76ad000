import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense } from "react";
import { useClientsCrossTabSync } from "../features/clients/api/cross-tab.ts";
import { ConnectionProvider } from "../features/settings/connection-context.tsx";
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

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider>
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
