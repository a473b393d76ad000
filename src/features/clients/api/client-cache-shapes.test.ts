import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import {
  archivedModeOfKey,
  findCachedClient,
  firstPageOnly,
  isOutdatedDeepLink,
  patchClientEverywhere,
  removeFromLists,
  restartClientLists,
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

describe("the clients cache touches only client lists and details", () => {
  const search = ["clients", "search", "x"];
  const elsewhere = ["other", "detail", "x"];

  function mixed() {
    const queryClient = new QueryClient();
    queryClient.setQueryData(
      clientKeys.list({ filter: "", archived: "with", sort: "name" }),
      pages([row("x")]),
    );
    queryClient.setQueryData(active, pages([row("x")]));
    queryClient.setQueryData(search, pages([row("x")]));
    queryClient.setQueryData(elsewhere, detailFromRow(row("x"), false));
    queryClient.setQueryData(clientKeys.detail("a"), detailFromRow(row("a"), false));
    return queryClient;
  }

  it("prefers a settled list even when an 'All' list holds the row first, and reads no other query", () => {
    const queryClient = mixed();
    expect(findCachedClient(queryClient, (r) => r.id === "x")?.mode).toBe("without");
    queryClient.removeQueries({ queryKey: active });
    expect(findCachedClient(queryClient, (r) => r.id === "x")?.mode).toBe("with");
    queryClient.removeQueries({ queryKey: clientKeys.lists() });
    expect(findCachedClient(queryClient, (r) => r.id === "x")).toBeNull();
  });

  it("patches, removes and snapshots in client lists and details only", () => {
    const queryClient = mixed();
    const snapshot = snapshotClient(queryClient, "x");
    expect(snapshot.lists).toHaveLength(2);
    expect(snapshot.details).toEqual([]);
    patchClientEverywhere(queryClient, "x", { name: "N" });
    setArchivedEverywhere(queryClient, "x", true);
    expect(queryClient.getQueryData<ClientsInfiniteData>(active)?.pages[0]?.data[0]?.name).toBe("N");
    removeFromLists(queryClient, "x", ["without"]);
    expect(queryClient.getQueryData<ClientsInfiniteData>(active)?.pages[0]?.data).toEqual([]);
    expect(queryClient.getQueryData(search)).toEqual(pages([row("x")]));
    expect(queryClient.getQueryData(elsewhere)).toEqual(detailFromRow(row("x"), false));
    expect(queryClient.getQueryData(clientKeys.detail("a"))).toEqual(detailFromRow(row("a"), false));
  });

  it("restarts client lists only", async () => {
    const queryClient = mixed();
    queryClient.setQueryData(search, pages([row("x")], [row("y")]));
    await restartClientLists(queryClient);
    expect(queryClient.getQueryData<ClientsInfiniteData>(search)?.pages).toHaveLength(2);
    expect(queryClient.getQueryState(search)?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(active)?.isInvalidated).toBe(true);
  });

  it("puts back a row that was first on its page in place, and leaves a list that changed shape alone", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(active, pages([row("x"), row("b")]));
    const snapshot = snapshotClient(queryClient, "x");
    patchClientEverywhere(queryClient, "x", { name: "Changed" });
    rollbackClient(queryClient, snapshot);
    expect(queryClient.getQueryData<ClientsInfiniteData>(active)?.pages[0]?.data).toEqual([
      row("x"),
      row("b"),
    ]);
    queryClient.setQueryData(active, "text");
    rollbackClient(queryClient, snapshot);
    expect(queryClient.getQueryData(active)).toBe("text");
  });

  it("an outdated deep link by shortcode includes a client whose shortcode was removed", () => {
    const client = new QueryClient();
    const key = [...clientKeys.details(), { findBy: "shortcode", key: "OLD" }];
    client.setQueryData(key, detailFromRow(row("x", { shortcode: null }), false));
    const found = client.getQueryCache().find({ queryKey: key, exact: true });
    if (!found) throw new Error("no such query");
    expect(isOutdatedDeepLink(found)).toBe(true);
  });
});

describe("firstPageOnly", () => {
  it("leaves data with pages but no page params alone", () => {
    const data = { pages: [1, 2] };
    expect(firstPageOnly(data)).toBe(data);
    const params = { pages: [1, 2], pageParams: "x" };
    expect(firstPageOnly(params)).toBe(params);
  });
});
