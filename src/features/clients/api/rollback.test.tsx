// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { client, json } from "../page/test-harness.tsx";
import { connectedWrapper, heldBackFetch } from "./test-hooks.tsx";
import { useClientsInfinite } from "./use-clients-infinite.ts";
import { useUpdateClient } from "./use-update-client.ts";

describe("an update that fails", () => {
  it("rolls the row back to the server's value before any refetch has answered", async () => {
    const server = heldBackFetch("PATCH", [client("c1", "Acme")]);
    const { result } = renderHook(
      () => ({
        list: useClientsInfinite({ filter: "", archived: "without", sort: "name" }),
        update: useUpdateClient(),
      }),
      { wrapper: connectedWrapper(server.fetchImpl) },
    );
    await waitFor(() => expect(result.current.list.rows.map((row) => row.name)).toEqual(["Acme"]));

    act(() => result.current.update.mutate({ id: "c1", body: { name: "Renamed" } }));
    await waitFor(() => expect(result.current.list.rows.map((row) => row.name)).toEqual(["Renamed"]));

    await act(async () => server.answer(json(500, { message: "Server Error" })));
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.list.rows.map((row) => row.name)).toEqual(["Acme"]);
    // Only the first list read ever answered: no refetch could have put "Acme" back.
    expect(server.listReads()).toBeLessThanOrEqual(2);
  });
});
