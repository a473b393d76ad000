// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { FetchLike } from "../../../kanbert/http.ts";
import { memoryStorage } from "../../../lib/storage.ts";
import { ConnectionProvider, createConnectionStore } from "../../settings/index.ts";
import { client, json, page } from "../page/test-harness.tsx";
import { useClientsInfinite } from "./use-clients-infinite.ts";
import { useUpdateClient } from "./use-update-client.ts";

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

/** A fetch whose PATCH answers only when told, and whose list reads after the first never answer. */
function controlledFetch() {
  let answerPatch: (response: Response) => void = () => {};
  let listReads = 0;
  const fetchImpl = vi.fn<FetchLike>((url, init) => {
    if (init.method === "PATCH") return new Promise<Response>((resolve) => (answerPatch = resolve));
    if (url.includes("/clients/full")) {
      listReads += 1;
      // The refetch after the failure is held back: what the table shows then comes from the rollback.
      if (listReads > 1) return new Promise<Response>(() => {});
      return Promise.resolve(json(200, page([client("c1", "Acme")])));
    }
    return Promise.resolve(json(404, { message: "Not Found" }));
  });
  return {
    fetchImpl,
    answerPatch: (response: Response) => answerPatch(response),
    listReads: () => listReads,
  };
}

describe("an update that fails", () => {
  it("rolls the row back to the server's value before any refetch has answered", async () => {
    const server = controlledFetch();
    const { result } = renderHook(
      () => ({
        list: useClientsInfinite({ filter: "", archived: "without", sort: "name" }),
        update: useUpdateClient(),
      }),
      { wrapper: wrapper(server.fetchImpl) },
    );
    await waitFor(() => expect(result.current.list.rows.map((row) => row.name)).toEqual(["Acme"]));

    act(() => result.current.update.mutate({ id: "c1", body: { name: "Renamed" } }));
    await waitFor(() => expect(result.current.list.rows.map((row) => row.name)).toEqual(["Renamed"]));

    await act(async () => server.answerPatch(json(500, { message: "Server Error" })));
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.list.rows.map((row) => row.name)).toEqual(["Acme"]);
    // Only the first list read ever answered: no refetch could have put "Acme" back.
    expect(server.listReads()).toBeLessThanOrEqual(2);
  });
});
