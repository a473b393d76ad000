// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { FetchLike } from "../../../kanbert/http.ts";
import { memoryStorage } from "../../../lib/storage.ts";
import { ConnectionProvider, createConnectionStore } from "../../settings/index.ts";
import { client, json, page } from "../page/test-harness.tsx";
import { useDeleteClient } from "./use-client-lifecycle.ts";
import { useClientsInfinite } from "./use-clients-infinite.ts";

function wrapper(fetchImpl: FetchLike) {
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

/** A fetch whose DELETE answers only when told, and whose list reads after the first never answer. */
function controlledFetch() {
  let answerDelete: (response: Response) => void = () => {};
  let deletes = 0;
  let listReads = 0;
  const fetchImpl = vi.fn<FetchLike>((url, init) => {
    if (init.method === "DELETE") {
      deletes += 1;
      return new Promise<Response>((resolve) => (answerDelete = resolve));
    }
    if (url.includes("/clients/full")) {
      listReads += 1;
      // The refetch after the failure is held back: what the table shows then comes from the rollback.
      if (listReads > 1) return new Promise<Response>(() => {});
      return Promise.resolve(json(200, page([client("c1", "Acme"), client("c2", "Beta")])));
    }
    return Promise.resolve(json(404, { message: "Not Found" }));
  });
  return {
    answerDelete: (response: Response) => answerDelete(response),
    deletes: () => deletes,
    fetchImpl,
    listReads: () => listReads,
  };
}

describe("a delete that fails", () => {
  it("puts the row back in its place before any refetch has answered", async () => {
    const server = controlledFetch();
    const { result } = renderHook(
      () => ({
        list: useClientsInfinite({ filter: "", archived: "without", sort: "name" }),
        remove: useDeleteClient(),
      }),
      { wrapper: wrapper(server.fetchImpl) },
    );
    await waitFor(() => expect(result.current.list.rows.map((row) => row.name)).toEqual(["Acme", "Beta"]));

    act(() => result.current.remove.mutate({ id: "c1", name: "Acme" }));
    // Optimistic: gone from the list of active clients while the DELETE is pending.
    await waitFor(() => expect(result.current.list.rows.map((row) => row.name)).toEqual(["Beta"]));
    expect(server.deletes()).toBe(1);

    await act(async () => server.answerDelete(json(500, { message: "Server Error" })));
    // The delete resolves to "did not go through" (the failure is toasted, not thrown).
    await waitFor(() => expect(result.current.remove.data).toBe(false));
    expect(result.current.list.rows.map((row) => row.name)).toEqual(["Acme", "Beta"]);
    // Only the first list read ever answered: no refetch could have put "Acme" back.
    expect(server.listReads()).toBeLessThanOrEqual(2);
  });
});
