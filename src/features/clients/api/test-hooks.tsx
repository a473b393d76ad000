import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { vi } from "vitest";
import type { FetchLike } from "../../../kanbert/http.ts";
import { memoryStorage } from "../../../lib/storage.ts";
import { ConnectionProvider, createConnectionStore } from "../../settings/index.ts";
import { json, page } from "../page/test-harness.tsx";

/** Test helpers for the clients API hooks: a connected wrapper and a fetch the test answers. */

/** Renders hooks connected to `/api/v1` through `fetchImpl`, with no retries. */
export function connectedWrapper(fetchImpl: FetchLike) {
  const store = createConnectionStore({
    defaults: { baseUrl: "/api/v1", token: "t" },
    local: memoryStorage(),
    session: memoryStorage(),
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider store={store} fetchImpl={fetchImpl}>
        {children}
      </ConnectionProvider>
    </QueryClientProvider>
  );
}

/**
 * A fetch whose `method` requests answer only when told, and whose list reads after the first never
 * answer: the refetch after a failure is held back, so what the table shows then comes from the
 * rollback.
 */
export function heldBackFetch(method: "PATCH" | "DELETE", firstPage: readonly unknown[]) {
  let answer: (response: Response) => void = () => {};
  let calls = 0;
  let listReads = 0;
  const fetchImpl = vi.fn<FetchLike>((url, init) => {
    if (init.method === method) {
      calls += 1;
      return new Promise<Response>((resolve) => (answer = resolve));
    }
    if (url.includes("/clients/full")) {
      listReads += 1;
      if (listReads > 1) return new Promise<Response>(() => {});
      return Promise.resolve(json(200, page([...firstPage])));
    }
    return Promise.resolve(json(404, { message: "Not Found" }));
  });
  return {
    fetchImpl,
    answer: (response: Response) => answer(response),
    calls: () => calls,
    listReads: () => listReads,
  };
}
