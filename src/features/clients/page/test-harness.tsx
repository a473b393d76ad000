import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { Mock } from "vitest";
import type { FetchLike } from "../../../kanbert/http.ts";
import { memoryStorage } from "../../../lib/storage.ts";
import { renderRoutes } from "../../../test/render-routes.tsx";
import { ConnectionProvider, createConnectionStore } from "../../settings/index.ts";
import { validateClientsSearch } from "../validate-search.ts";
import { ClientsPage } from "./clients-page.tsx";

/** Test helpers: API payloads and the clients page under a memory router. */

export const client = (id: string, name: string, extra: object = {}) => ({
  id,
  name,
  external_id: null,
  external_origin: null,
  shortcode: name.slice(0, 3).toUpperCase(),
  primary_contact: null,
  origin_space: null,
  segment: "B",
  created_at: "2024-03-12T10:00:00Z",
  updated_at: "2024-03-12T10:00:00Z",
  projects: [],
  ...extra,
});

export const page = (data: unknown[], next: string | null = null) => ({
  data,
  links: [],
  meta: {
    path: "/clients/full",
    per_page: 50,
    next_cursor: next,
    next_cursor_url: null,
    prev_cursor: null,
    prev_cursor_url: null,
  },
});

export const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

export function requestedUrl(fetchImpl: Mock<FetchLike>, index: number): URL {
  return new URL(String(fetchImpl.mock.calls.at(index)?.[0]), "http://test");
}

export function renderClients(fetchImpl: FetchLike, initial = "/clients") {
  const store = createConnectionStore({
    defaults: { baseUrl: "/api/v1", token: "test-token" },
    local: memoryStorage(),
    session: memoryStorage(),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = renderRoutes(
    initial,
    [
      { path: "/clients", validateSearch: validateClientsSearch, component: ClientsPage },
      { path: "/clients/$clientId", component: () => "detail" },
      { path: "/settings", component: () => "settings" },
    ],
    {
      wrap: (app) => (
        <QueryClientProvider client={queryClient}>
          <ConnectionProvider store={store} fetchImpl={fetchImpl}>
            {app}
          </ConnectionProvider>
        </QueryClientProvider>
      ),
    },
  );
  return { router, store, queryClient };
}
