import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, held, json } from "../../../test/fake-api.ts";
import { getToasts, toast } from "../../../ui/toast-store.ts";
import { queuedFor } from "./client-queue.ts";
import { clientKeys } from "./keys.ts";
import { deleteEverywhere, restoreEverywhere } from "./lifecycle.ts";
import { pages, row } from "./test-rows.ts";
import type { ClientsInfiniteData } from "./use-clients-infinite.ts";

const active = clientKeys.list({ filter: "", archived: "without", sort: "name" });
const acme = { id: "c1", name: "Acme" };

/** One list and no fetch function: nothing can refetch, what the list shows comes from the change. */
function cache() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(active, pages([row("c1", { name: "Acme" }), row("c2")]));
  return queryClient;
}
const listed = (queryClient: QueryClient) =>
  queryClient.getQueryData<ClientsInfiniteData>(active)?.pages.flatMap((page) => page.data.map((r) => r.id));
const shown = () =>
  getToasts().map(({ id, kind, message, action }) => ({
    id,
    kind,
    message,
    action: action ? `${action.label} (${action.altText})` : null,
  }));
const clickToast = (id: string) =>
  getToasts()
    .find((t) => t.id === id)
    ?.action?.onClick();

afterEach(() => {
  toast.clear();
});

describe("deleteEverywhere", () => {
  it("archives, says so with an Undo that restores the client", async () => {
    const queryClient = cache();
    const api = fakeApi(({ method }) =>
      method === "DELETE" ? { message: "Archived." } : row("c1", { name: "Acme" }),
    );
    await expect(deleteEverywhere(queryClient, api.http, acme)).resolves.toBe(true);
    expect(listed(queryClient)).toEqual(["c2"]);
    expect(shown()).toEqual([
      {
        id: "delete-c1",
        kind: "success",
        message: "“Acme” was deleted.",
        action: "Undo (Undo: restore Acme)",
      },
    ]);

    clickToast("delete-c1");
    await vi.waitFor(() =>
      expect(shown()).toContainEqual({
        id: "restore-c1",
        kind: "success",
        message: "“Acme” was restored.",
        action: null,
      }),
    );
    expect(api.calls()).toEqual(["DELETE /clients/c1", "POST /clients/c1/restore"]);
  });

  it("resolves to false on failure, puts the row back, and offers a Retry that deletes again", async () => {
    const queryClient = cache();
    const api = fakeApi(() => json(500, { message: "Server Error" }));
    await expect(deleteEverywhere(queryClient, api.http, acme)).resolves.toBe(false);
    expect(listed(queryClient)).toEqual(["c1", "c2"]);
    expect(shown()).toEqual([
      {
        id: "delete-c1",
        kind: "error",
        message: "Could not delete “Acme”: Server Error",
        action: "Retry (Retry deleting Acme)",
      },
    ]);
    clickToast("delete-c1");
    await vi.waitFor(() => expect(api.calls()).toEqual(["DELETE /clients/c1", "DELETE /clients/c1"]));
  });
});

describe("restoreEverywhere", () => {
  it("resolves to false on failure and offers a Retry that restores again", async () => {
    const queryClient = cache();
    const api = fakeApi(() => json(404, { message: "Not Found" }));
    await expect(restoreEverywhere(queryClient, api.http, acme)).resolves.toBe(false);
    expect(shown()).toEqual([
      {
        id: "restore-c1",
        kind: "error",
        message: "Could not restore “Acme”: Not Found",
        action: "Retry (Retry restoring Acme)",
      },
    ]);
    clickToast("restore-c1");
    await vi.waitFor(() =>
      expect(api.calls()).toEqual(["POST /clients/c1/restore", "POST /clients/c1/restore"]),
    );
  });

  it("waits for a delete of the same client still on the wire, even one that fails", async () => {
    const queryClient = cache();
    const deleting = held();
    const api = fakeApi(({ method }) =>
      method === "DELETE" ? deleting.promise : row("c1", { name: "Acme" }),
    );
    const deleted = deleteEverywhere(queryClient, api.http, acme);
    const restored = restoreEverywhere(queryClient, api.http, acme);
    const other = restoreEverywhere(queryClient, api.http, { id: "c2", name: "Other" });
    await expect(other).resolves.toBe(true);
    expect(queuedFor("c1")).toBe(2);
    expect(queuedFor("c2")).toBe(0);
    expect(api.calls()).toEqual(["DELETE /clients/c1", "POST /clients/c2/restore"]);

    deleting.settle(json(503, { message: "Unavailable" }));
    await expect(deleted).resolves.toBe(false);
    await expect(restored).resolves.toBe(true);
    expect(api.calls()).toEqual([
      "DELETE /clients/c1",
      "POST /clients/c2/restore",
      "POST /clients/c1/restore",
    ]);
    expect(queuedFor("c1")).toBe(0);
  });
});
