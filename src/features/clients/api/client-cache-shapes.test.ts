import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import {
  archivedModeOfKey,
  findCachedClient,
  isOutdatedDeepLink,
  patchClientEverywhere,
  removeFromLists,
  rollbackClient,
  setArchivedEverywhere,
  snapshotClient,
} from "./client-cache.ts";
import { detailFromRow } from "./detail-model.ts";
import { clientKeys } from "./keys.ts";
import { pages, row } from "./test-rows.ts";
import type { ClientsInfiniteData } from "./use-clients-infinite.ts";

/** Entries under the clients keys that are not lists of rows or details: the cache passes them by. */
const ODD: [readonly unknown[], unknown][] = [
  [[...clientKeys.lists(), { archived: "without" }, "a"], "text"],
  [[...clientKeys.lists(), { archived: "without" }, "b"], { pages: "x" }],
  [[...clientKeys.lists(), { archived: "without" }, "c"], { pages: [null] }],
  [[...clientKeys.lists(), { archived: "without" }, "d"], { pages: [{ rows: [] }] }],
  [[...clientKeys.lists(), { archived: "without" }, "e"], { pages: ["page"] }],
  [[...clientKeys.details(), "n1"], { client: null, archived: false }],
  [[...clientKeys.details(), "n2"], { client: { id: "x" } }],
  [[...clientKeys.details(), "n3"], { client: { name: "x" }, archived: false }],
  [[...clientKeys.details(), "n4"], { client: "x", archived: false }],
  [[...clientKeys.details(), "n5"], null],
];

const active = clientKeys.list({ filter: "", archived: "without", sort: "name" });

function cache() {
  const queryClient = new QueryClient();
  for (const [key, data] of ODD) queryClient.setQueryData(key, data);
  queryClient.setQueryData(active, pages([row("a"), row("x")], [row("b")]), { updatedAt: 1000 });
  return queryClient;
}
const odd = (queryClient: QueryClient) => ODD.map(([key]) => queryClient.getQueryData(key));

describe("the clients cache passes by entries of another shape", () => {
  it("when finding, patching, removing, archiving, snapshotting and rolling back", () => {
    const queryClient = cache();
    expect(findCachedClient(queryClient, (r) => r.id === "x")).toMatchObject({
      mode: "without",
      updatedAt: 1000,
    });
    const snapshot = snapshotClient(queryClient, "x");
    expect(snapshot).toMatchObject({ id: "x", lists: [{ key: active, page: 0, index: 1 }], details: [] });
    patchClientEverywhere(queryClient, "x", { name: "N" });
    setArchivedEverywhere(queryClient, "x", true);
    removeFromLists(queryClient, "x", ["without"]);
    rollbackClient(queryClient, snapshot);
    expect(odd(queryClient)).toEqual(ODD.map(([, data]) => data));
    expect(queryClient.getQueryData<ClientsInfiniteData>(active)?.pages[0]?.data.map((r) => r.name)).toEqual([
      "Client a",
      "Client x",
    ]);
  });

  it("leaves a list without the client as it was: same data, same date", () => {
    const queryClient = cache();
    const before = queryClient.getQueryData(active);
    removeFromLists(queryClient, "q", ["without"]);
    expect(queryClient.getQueryState(active)?.dataUpdatedAt).toBe(1000);
    patchClientEverywhere(queryClient, "q", { name: "N" });
    expect(queryClient.getQueryData(active)).toBe(before);
  });
});

describe("archivedModeOfKey", () => {
  it("is 'without' for a key with no params object or an unknown mode", () => {
    expect(archivedModeOfKey(["clients", "list"])).toBe("without");
    expect(archivedModeOfKey(["clients", "list", null])).toBe("without");
    expect(archivedModeOfKey(["clients", "list", "only"])).toBe("without");
    expect(archivedModeOfKey(["clients", "list", { archived: "all" }])).toBe("without");
  });
});

describe("rollbackClient", () => {
  it("puts a row back in place of a changed copy, and leaves a list that lost the page alone", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(active, pages([row("a"), row("x")], [row("b"), row("y")]));
    const snapshot = snapshotClient(queryClient, "y");
    patchClientEverywhere(queryClient, "y", { name: "Changed" });
    rollbackClient(queryClient, snapshot);
    expect(queryClient.getQueryData<ClientsInfiniteData>(active)?.pages[1]?.data).toEqual([
      row("b"),
      row("y"),
    ]);

    queryClient.setQueryData(active, pages([row("a")]));
    rollbackClient(queryClient, snapshot);
    expect(
      queryClient.getQueryData<ClientsInfiniteData>(active)?.pages.map((p) => p.data.map((r) => r.id)),
    ).toEqual([["a"]]);
  });

  it("puts a removed row back at its index", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(active, pages([row("a"), row("x"), row("b")]));
    const snapshot = snapshotClient(queryClient, "x");
    removeFromLists(queryClient, "x", ["without"]);
    rollbackClient(queryClient, snapshot);
    expect(queryClient.getQueryData<ClientsInfiniteData>(active)?.pages[0]?.data.map((r) => r.id)).toEqual([
      "a",
      "x",
      "b",
    ]);
  });
});

describe("isOutdatedDeepLink", () => {
  const query = (queryKey: readonly unknown[], data: unknown) => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(queryKey, data);
    const found = queryClient.getQueryCache().find({ queryKey, exact: true });
    if (!found) throw new Error("no such query");
    return found;
  };
  const detail = detailFromRow(row("x", { shortcode: "NEW", external_id: "E-1" }), false);

  it("is false for entries that are not deep links or hold no detail", () => {
    expect(isOutdatedDeepLink(query(["clients", "detail", "x"], detail))).toBe(false);
    expect(isOutdatedDeepLink(query(["clients", "detail", null], detail))).toBe(false);
    expect(isOutdatedDeepLink(query(["clients", "detail", { key: "OLD" }], detail))).toBe(false);
    expect(isOutdatedDeepLink(query(["clients", "detail", { findBy: "shortcode" }], detail))).toBe(false);
    expect(isOutdatedDeepLink(query(["clients", "detail", { findBy: "shortcode", key: 5 }], detail))).toBe(
      false,
    );
    expect(isOutdatedDeepLink(query(["clients", "detail", { findBy: "shortcode", key: "OLD" }], null))).toBe(
      false,
    );
    expect(isOutdatedDeepLink(query(["clients", "detail", { findBy: "name", key: "OLD" }], detail))).toBe(
      false,
    );
  });

  it("is false while the external id still matches", () => {
    expect(
      isOutdatedDeepLink(query(["clients", "detail", { findBy: "external_id", key: "E-1" }], detail)),
    ).toBe(false);
  });
});
