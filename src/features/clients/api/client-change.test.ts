import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../kanbert/errors.ts";
import { runOptimisticOne } from "../../../lib/optimistic.ts";
import { fakeApi, held, json } from "../../../test/fake-api.ts";
import {
  archiveChange,
  clientRunOptions,
  externalIdChange,
  restoreChange,
  shortcodeChange,
  updateChange,
} from "./client-change.ts";
import { detailFromRow, toClientData } from "./detail-model.ts";
import { clientKeys } from "./keys.ts";
import { pages, row, someUser } from "./test-rows.ts";
import type { ClientsInfiniteData } from "./use-clients-infinite.ts";

const active = clientKeys.list({ filter: "", archived: "without", sort: "name" });
const archived = clientKeys.list({ filter: 'archived eq "only"', archived: "only", sort: "name" });
const both = clientKeys.list({ filter: 'archived eq "with"', archived: "with", sort: "name" });

const project = {
  id: "p1",
  external_id: null,
  external_origin: null,
  title: "Audit",
  shortcode: "P-1",
  status: "running" as const,
  is_acquisition: false,
  is_private: false,
  start_date: null,
  end_date: null,
};

/** Lists and details only: no query has a fetch function, so nothing can refetch and hide a rollback. */
function cache() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(active, pages([row("a"), row("x", { primary_contact: someUser })]));
  queryClient.setQueryData(archived, pages([row("z", { projects: [project] })]));
  queryClient.setQueryData(both, pages([row("x", { primary_contact: someUser }), row("z")]));
  queryClient.setQueryData(clientKeys.detail("x"), detailFromRow(row("x"), false));
  queryClient.setQueryData(clientKeys.detail("z"), detailFromRow(row("z"), true));
  return queryClient;
}

const ids = (queryClient: QueryClient, key: readonly unknown[]) =>
  queryClient.getQueryData<ClientsInfiniteData>(key)?.pages.map((page) => page.data.map((r) => r.id));
const rowIn = (queryClient: QueryClient, key: readonly unknown[], id: string) =>
  queryClient.getQueryData<ClientsInfiniteData>(key)?.pages[0]?.data.find((r) => r.id === id);
const detail = (queryClient: QueryClient, id: string) => queryClient.getQueryData(clientKeys.detail(id));

describe("archiveChange (delete)", () => {
  it("takes the client out of active lists and marks it archived while the DELETE runs", async () => {
    const queryClient = cache();
    const answer = held();
    const api = fakeApi(() => answer.promise);
    const run = runOptimisticOne(archiveChange(queryClient, api.http), { id: "x", name: "Client x" });
    await vi.waitFor(() => expect(api.calls()).toEqual(["DELETE /clients/x"]));
    expect(ids(queryClient, active)).toEqual([["a"]]);
    expect(ids(queryClient, both)).toEqual([["x", "z"]]);
    expect(detail(queryClient, "x")).toMatchObject({ archived: true });

    answer.settle(json(200, { message: "Client archived." }));
    await expect(run).resolves.toEqual({ message: "Client archived." });
    expect(ids(queryClient, active)).toEqual([["a"]]);
    expect(detail(queryClient, "x")).toMatchObject({ archived: true });
  });

  it("puts the row back at its place and the detail back to active when the DELETE fails", async () => {
    const queryClient = cache();
    const api = fakeApi(() => json(500, { message: "Server Error" }));
    await expect(
      runOptimisticOne(archiveChange(queryClient, api.http), { id: "x", name: "Client x" }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(ids(queryClient, active)).toEqual([["a", "x"]]);
    expect(detail(queryClient, "x")).toMatchObject({ archived: false, client: { id: "x" } });
    expect(api.calls()).toEqual(["DELETE /clients/x"]);
  });
});

describe("restoreChange", () => {
  it("takes the client out of archived lists at once, then applies the answer's row everywhere", async () => {
    const queryClient = cache();
    const answer = held();
    const api = fakeApi(() => answer.promise);
    const run = runOptimisticOne(restoreChange(queryClient, api.http), { id: "z", name: "Client z" });
    await vi.waitFor(() => expect(api.calls()).toEqual(["POST /clients/z/restore"]));
    expect(ids(queryClient, archived)).toEqual([[]]);
    expect(detail(queryClient, "z")).toMatchObject({ archived: false });

    answer.settle(
      json(200, row("z", { name: "Zed", segment: "A", projects: [{ ...project, title: "New" }] })),
    );
    await expect(run).resolves.toMatchObject({ id: "z", name: "Zed" });
    expect(rowIn(queryClient, both, "z")).toMatchObject({
      name: "Zed",
      segment: "A",
      projects: [{ title: "New" }],
    });
    expect(detail(queryClient, "z")).toMatchObject({ archived: false, client: { name: "Zed" } });
  });

  it("keeps the cached projects when the answer leaves them out", async () => {
    const queryClient = cache();
    queryClient.setQueryData(both, pages([row("z", { projects: [project] })]));
    const { projects: _, ...answer } = row("z", { name: "Zed" });
    const api = fakeApi(() => answer);
    await runOptimisticOne(restoreChange(queryClient, api.http), { id: "z", name: "Client z" });
    expect(rowIn(queryClient, both, "z")).toMatchObject({ name: "Zed", projects: [{ id: "p1" }] });
  });

  it("puts the client back in archived lists and marks it archived again when the restore fails", async () => {
    const queryClient = cache();
    const api = fakeApi(() => json(404, { message: "Not Found" }));
    await expect(
      runOptimisticOne(restoreChange(queryClient, api.http), { id: "z", name: "Client z" }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(ids(queryClient, archived)).toEqual([["z"]]);
    expect(detail(queryClient, "z")).toMatchObject({ archived: true });
  });
});

describe("updateChange", () => {
  it("shows only the fields the body sends", () => {
    const queryClient = cache();
    const change = updateChange(queryClient, fakeApi(() => null).http);
    change.apply({ id: "x", body: { segment: "A" } });
    expect(rowIn(queryClient, active, "x")).toMatchObject({
      name: "Client x",
      segment: "A",
      primary_contact: someUser,
    });
    change.apply({ id: "x", body: { name: "Renamed" } });
    expect(rowIn(queryClient, active, "x")).toMatchObject({
      name: "Renamed",
      segment: "A",
      primary_contact: someUser,
    });
    change.apply({ id: "x", body: { primary_contact_id: null }, contact: null });
    expect(rowIn(queryClient, active, "x")).toMatchObject({
      name: "Renamed",
      segment: "A",
      primary_contact: null,
    });
  });

  it("sends the PATCH and applies the answer's record; a failure rolls the row back", async () => {
    const queryClient = cache();
    const ok = fakeApi(() => toClientData(row("x", { name: "From server", shortcode: "SRV" })));
    await runOptimisticOne(updateChange(queryClient, ok.http), { id: "x", body: { name: "Mine" } });
    expect(ok.calls()).toEqual(["PATCH /clients/x"]);
    expect(ok.requests[0]?.body).toEqual({ name: "Mine" });
    expect(rowIn(queryClient, both, "x")).toMatchObject({
      name: "From server",
      shortcode: "SRV",
      segment: "B",
    });

    const failing = fakeApi(() => json(422, { message: "Invalid", errors: { name: ["Taken"] } }));
    await expect(
      runOptimisticOne(updateChange(queryClient, failing.http), { id: "x", body: { name: "Other" } }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(rowIn(queryClient, both, "x")).toMatchObject({ name: "From server" });
    expect(detail(queryClient, "x")).toMatchObject({ client: { name: "From server" } });
  });
});

describe("shortcodeChange", () => {
  it("shows the new shortcode at once, sends it, and applies the answer", async () => {
    const queryClient = cache();
    const answer = held();
    const api = fakeApi(() => answer.promise);
    const run = runOptimisticOne(shortcodeChange(queryClient, api.http), { id: "x", shortcode: "NEW" });
    await vi.waitFor(() => expect(api.calls()).toEqual(["PUT /clients/x/shortcode"]));
    expect(api.requests[0]?.body).toEqual({ shortcode: "NEW" });
    expect(rowIn(queryClient, active, "x")).toMatchObject({ shortcode: "NEW" });
    answer.settle(json(200, toClientData(row("x", { shortcode: "NEW-1", name: "Server name" }))));
    await run;
    expect(rowIn(queryClient, active, "x")).toMatchObject({ shortcode: "NEW-1", name: "Server name" });
  });
});

describe("externalIdChange", () => {
  it("changes the origin only when one is given or the id is removed", () => {
    const queryClient = cache();
    queryClient.setQueryData(active, pages([row("x", { external_id: "E-1", external_origin: "crm" })]));
    const change = externalIdChange(queryClient, fakeApi(() => null).http);
    change.apply({ id: "x", externalId: "E-2", origin: null });
    expect(rowIn(queryClient, active, "x")).toMatchObject({ external_id: "E-2", external_origin: "crm" });
    change.apply({ id: "x", externalId: "E-3", origin: "erp" });
    expect(rowIn(queryClient, active, "x")).toMatchObject({ external_id: "E-3", external_origin: "erp" });
    change.apply({ id: "x", externalId: null, origin: null });
    expect(rowIn(queryClient, active, "x")).toMatchObject({ external_id: null, external_origin: null });
  });

  it("sends both fields and applies the answer", async () => {
    const queryClient = cache();
    const api = fakeApi(() => toClientData(row("x", { external_id: "E-9", external_origin: "hubspot" })));
    await runOptimisticOne(externalIdChange(queryClient, api.http), {
      id: "x",
      externalId: "E-9",
      origin: "hubspot",
    });
    expect(api.calls()).toEqual(["PUT /clients/x/external-identifier"]);
    expect(api.requests[0]?.body).toEqual({ external_id: "E-9", external_origin: "hubspot" });
    expect(detail(queryClient, "x")).toMatchObject({
      client: { external_id: "E-9", external_origin: "hubspot" },
    });
  });
});

describe("clientRunOptions", () => {
  it("cancels running client fetches before the change and marks lists and details stale after it", async () => {
    const queryClient = cache();
    const never = queryClient.fetchQuery({
      queryKey: clientKeys.detail("slow"),
      queryFn: () => new Promise(() => {}),
    });
    const options = clientRunOptions(queryClient);
    await options.prepare?.();
    await expect(never).rejects.toMatchObject({ message: "CancelledError", revert: true });
    options.settle?.();
    await vi.waitFor(() => expect(queryClient.getQueryState(active)?.isInvalidated).toBe(true));
    expect(queryClient.getQueryState(clientKeys.detail("x"))?.isInvalidated).toBe(true);
  });
});
