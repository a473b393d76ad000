import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import {
  findCachedClient,
  patchClientEverywhere,
  removeFromLists,
  rollbackClient,
  setArchivedEverywhere,
  snapshotClient,
} from "./client-cache.ts";
import { detailFromRow } from "./detail-model.ts";
import { clientKeys } from "./keys.ts";
import { pages, row, someUser } from "./test-rows.ts";
import { clientDetailKey } from "./use-client-detail.ts";
import type { ClientsInfiniteData } from "./use-clients-infinite.ts";

const active = clientKeys.list({ filter: "", archived: "without", sort: "name" });
const archived = clientKeys.list({ filter: 'archived eq "only"', archived: "only", sort: "name" });
const both = clientKeys.list({
  filter: 'archived eq "with" and segment eq "B"',
  archived: "with",
  sort: "-created_at",
});

function setup() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(active, pages([row("a"), row("b")], [row("c"), row("x")]));
  queryClient.setQueryData(archived, pages([row("z")]));
  queryClient.setQueryData(both, pages([row("x"), row("z")]));
  queryClient.setQueryData(clientKeys.detail("x"), detailFromRow(row("x"), false));
  queryClient.setQueryData(
    clientDetailKey({ key: "X", findBy: "shortcode" }),
    detailFromRow(row("x"), false),
  );
  queryClient.setQueryData(clientKeys.detail("a"), detailFromRow(row("a"), false));
  return queryClient;
}

const rowsOf = (queryClient: QueryClient, key: readonly unknown[]) =>
  queryClient.getQueryData<ClientsInfiniteData>(key)?.pages.map((page) => page.data.map((r) => r.id));

describe("patchClientEverywhere", () => {
  it("changes the client in every cached page of every list and in every detail entry", () => {
    const queryClient = setup();
    const untouched = queryClient.getQueryData<ClientsInfiniteData>(active)?.pages[0];
    patchClientEverywhere(queryClient, "x", { name: "Renamed", primary_contact: someUser, segment: "A" });

    const activePages = queryClient.getQueryData<ClientsInfiniteData>(active)?.pages;
    expect(activePages?.[1]?.data[1]).toMatchObject({ id: "x", name: "Renamed", segment: "A" });
    expect(activePages?.[0]).toBe(untouched);
    expect(queryClient.getQueryData<ClientsInfiniteData>(both)?.pages[0]?.data[0]?.name).toBe("Renamed");
    for (const key of [clientKeys.detail("x"), clientDetailKey({ key: "X", findBy: "shortcode" })]) {
      expect(queryClient.getQueryData(key)).toMatchObject({
        client: { name: "Renamed", primary_contact: someUser },
        full: { name: "Renamed", segment: "A" },
      });
    }
    expect(queryClient.getQueryData(clientKeys.detail("a"))).toMatchObject({ client: { name: "Client a" } });
  });

  it("rolls the client back to its snapshot on error", () => {
    const queryClient = setup();
    const before = queryClient.getQueryData(active);
    const snapshot = snapshotClient(queryClient, "x");
    patchClientEverywhere(queryClient, "x", { name: "Broken" });
    removeFromLists(queryClient, "x", ["without"]);
    setArchivedEverywhere(queryClient, "x", true);
    rollbackClient(queryClient, snapshot);
    expect(queryClient.getQueryData(active)).toEqual(before);
    expect(queryClient.getQueryData(clientKeys.detail("x"))).toMatchObject({
      client: { name: "Client x" },
      archived: false,
    });
  });

  it("rolls back one client of a batch at its place, keeping the others' changes", () => {
    const queryClient = setup();
    const snapA = snapshotClient(queryClient, "a");
    const snapX = snapshotClient(queryClient, "x");
    const snapC = snapshotClient(queryClient, "c");
    for (const id of ["a", "x", "c"]) removeFromLists(queryClient, id, ["without"]);
    patchClientEverywhere(queryClient, "x", { segment: "C" });
    expect(rowsOf(queryClient, active)).toEqual([["b"], []]);
    rollbackClient(queryClient, snapX);
    expect(rowsOf(queryClient, active)).toEqual([["b"], ["x"]]);
    rollbackClient(queryClient, snapA);
    expect(rowsOf(queryClient, active)).toEqual([["a", "b"], ["x"]]);
    expect(queryClient.getQueryData<ClientsInfiniteData>(both)?.pages[0]?.data[0]?.segment).toBe("B");
    expect(snapC.lists).toHaveLength(1);
  });
});

describe("removeFromLists and setArchivedEverywhere", () => {
  it("removes the client only from lists of the given archived modes", () => {
    const queryClient = setup();
    removeFromLists(queryClient, "x", ["without"]);
    setArchivedEverywhere(queryClient, "x", true);
    expect(rowsOf(queryClient, active)).toEqual([["a", "b"], ["c"]]);
    expect(rowsOf(queryClient, both)).toEqual([["x", "z"]]);
    expect(queryClient.getQueryData(clientKeys.detail("x"))).toMatchObject({ archived: true });

    removeFromLists(queryClient, "z", ["only"]);
    expect(rowsOf(queryClient, archived)).toEqual([[]]);
  });
});

describe("findCachedClient", () => {
  it("prefers a list whose archived mode settles the state, and reports it", () => {
    const queryClient = setup();
    expect(findCachedClient(queryClient, (r) => r.id === "x")?.mode).toBe("without");
    expect(findCachedClient(queryClient, (r) => r.id === "z")?.mode).toBe("only");
    removeFromLists(queryClient, "x", ["without"]);
    expect(findCachedClient(queryClient, (r) => r.id === "x")?.mode).toBe("with");
    expect(findCachedClient(queryClient, (r) => r.id === "nope")).toBeNull();
  });
});
