// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { client, json } from "../page/test-harness.tsx";
import { connectedWrapper, heldBackFetch } from "./test-hooks.tsx";
import { useDeleteClient } from "./use-client-lifecycle.ts";
import { useClientsInfinite } from "./use-clients-infinite.ts";

describe("a delete that fails", () => {
  it("puts the row back in its place before any refetch has answered", async () => {
    const server = heldBackFetch("DELETE", [client("c1", "Acme"), client("c2", "Beta")]);
    const { result } = renderHook(
      () => ({
        list: useClientsInfinite({ filter: "", archived: "without", sort: "name" }),
        remove: useDeleteClient(),
      }),
      { wrapper: connectedWrapper(server.fetchImpl) },
    );
    await waitFor(() => expect(result.current.list.rows.map((row) => row.name)).toEqual(["Acme", "Beta"]));

    act(() => result.current.remove.mutate({ id: "c1", name: "Acme" }));
    // Optimistic: gone from the list of active clients while the DELETE is pending.
    await waitFor(() => expect(result.current.list.rows.map((row) => row.name)).toEqual(["Beta"]));
    expect(server.calls()).toBe(1);

    await act(async () => server.answer(json(500, { message: "Server Error" })));
    // The delete resolves to "did not go through" (the failure is toasted, not thrown).
    await waitFor(() => expect(result.current.remove.data).toBe(false));
    expect(result.current.list.rows.map((row) => row.name)).toEqual(["Acme", "Beta"]);
    // Only the first list read ever answered: no refetch could have put "Acme" back.
    expect(server.listReads()).toBeLessThanOrEqual(2);
  });
});
