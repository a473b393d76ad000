import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, held, json, listPage } from "../../../test/fake-api.ts";
import { toClientData } from "./detail-model.ts";
import { clientKeys } from "./keys.ts";
import { pages, row } from "./test-rows.ts";
import { clientDetailKey, clientDetailOptions } from "./use-client-detail.ts";

const active = clientKeys.list({ filter: "", archived: "without", sort: "name" });
const archived = clientKeys.list({ filter: 'archived eq "only"', archived: "only", sort: "name" });
const both = clientKeys.list({ filter: 'archived eq "with"', archived: "with", sort: "name" });

describe("clientDetailKey", () => {
  it("keys a lookup by id by the id, deep links by how they look", () => {
    expect(clientDetailKey({ key: "c1" })).toEqual(["clients", "detail", "c1"]);
    expect(clientDetailKey({ key: "c1", findBy: "id" })).toEqual(["clients", "detail", "c1"]);
    expect(clientDetailKey({ key: "ACME", findBy: "shortcode" })).toEqual([
      "clients",
      "detail",
      { findBy: "shortcode", key: "ACME", origin: null },
    ]);
    expect(clientDetailKey({ key: "E-1", findBy: "external_id", origin: "crm" })).toEqual([
      "clients",
      "detail",
      { findBy: "external_id", key: "E-1", origin: "crm" },
    ]);
  });
});

describe("clientDetailOptions", () => {
  it("starts from a row of a settled list, dated like that list, without a request", async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(active, pages([row("a", { shortcode: "ACME", segment: "C" })]), {
      updatedAt: 1000,
    });
    queryClient.setQueryData(archived, pages([row("z", { external_id: "E-1", external_origin: "crm" })]), {
      updatedAt: 2000,
    });
    const api = fakeApi(() => json(500, { message: "no request expected" }));

    const byShortcode = await queryClient.ensureQueryData(
      clientDetailOptions(queryClient, api.http, { key: "acme", findBy: "shortcode" }),
    );
    expect(byShortcode).toMatchObject({ client: { id: "a" }, full: { segment: "C" }, archived: false });
    expect(
      queryClient.getQueryState(clientDetailKey({ key: "acme", findBy: "shortcode" }))?.dataUpdatedAt,
    ).toBe(1000);

    const byExternal = await queryClient.ensureQueryData(
      clientDetailOptions(queryClient, api.http, { key: "E-1", findBy: "external_id", origin: "crm" }),
    );
    expect(byExternal).toMatchObject({ client: { id: "z" }, archived: true });
    expect(
      queryClient.getQueryState(clientDetailKey({ key: "E-1", findBy: "external_id", origin: "crm" }))
        ?.dataUpdatedAt,
    ).toBe(2000);
    const anyOrigin = await queryClient.ensureQueryData(
      clientDetailOptions(queryClient, api.http, { key: "E-1", findBy: "external_id" }),
    );
    expect(anyOrigin).toMatchObject({ client: { id: "z" } });
    const byId = await queryClient.ensureQueryData(clientDetailOptions(queryClient, api.http, { key: "a" }));
    expect(byId).toMatchObject({ client: { id: "a" } });
    expect(api.calls()).toEqual([]);
  });

  it("fetches a client no settled list holds, showing a row of an 'All' list meanwhile as active", async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(
      both,
      pages([row("x", { name: "Listed", external_id: "E-1", external_origin: "crm" })]),
    );
    const answer = held();
    const api = fakeApi(({ path }) =>
      path === "/clients/x" ? answer.promise : listPage([row("x", { segment: "A" })]),
    );
    const observer = new QueryObserver(queryClient, clientDetailOptions(queryClient, api.http, { key: "x" }));
    const stop = observer.subscribe(() => {});
    expect(observer.getCurrentResult()).toMatchObject({
      isPlaceholderData: true,
      data: { client: { name: "Listed" }, archived: false },
    });
    answer.settle(json(200, toClientData(row("x", { name: "Fresh" }))));
    await vi.waitFor(() => expect(observer.getCurrentResult().isPlaceholderData).toBe(false));
    stop();
    expect(observer.getCurrentResult().data).toMatchObject({
      client: { name: "Fresh" },
      full: { segment: "A" },
      archived: true,
    });
    expect(api.calls()).toEqual([
      "GET /clients/x",
      'GET /clients/full?page[size]=100&filter=archived eq "only" and shortcode eq "X"&include=projects',
    ]);
  });

  it("does not take another origin's external id, nor another client, from the cache", async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(active, pages([row("z", { external_id: "E-1", external_origin: "crm" })]));
    const api = fakeApi(() => json(404, { message: "Not Found" }));
    const observer = new QueryObserver(
      queryClient,
      clientDetailOptions(queryClient, api.http, { key: "E-1", findBy: "external_id", origin: "erp" }),
    );
    expect(observer.getCurrentResult().data).toBeUndefined();
    const other = new QueryObserver(
      queryClient,
      clientDetailOptions(queryClient, api.http, { key: "ZZ", findBy: "shortcode" }),
    );
    expect(other.getCurrentResult().data).toBeUndefined();
    const byId = new QueryObserver(queryClient, clientDetailOptions(queryClient, api.http, { key: "q" }));
    expect(byId.getCurrentResult().data).toBeUndefined();
  });
});
