import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FetchLike } from "../../../kanbert/http.ts";
import { fakeApi, json, listPage } from "../../../test/fake-api.ts";
import { clientKeys } from "./keys.ts";
import { clientsPageRequest } from "./page-request.ts";
import { prefetchClientsFirstPage } from "./prefetch-first-page.ts";
import { row } from "./test-rows.ts";
import { clientsInfiniteOptions } from "./use-clients-infinite.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("clientsPageRequest", () => {
  it("sends no filter for none, the sort as a list, projects, 50 a page unless told", () => {
    expect(clientsPageRequest({ filter: "", archived: "without", sort: "" }, null)).toEqual({
      filter: null,
      sort: [],
      include: ["projects"],
      pageSize: 50,
      cursor: null,
    });
    expect(
      clientsPageRequest({ filter: 'segment eq "A"', archived: "with", sort: "-created_at,name" }, "c2", 100),
    ).toEqual({
      filter: 'segment eq "A"',
      sort: ["-created_at", "name"],
      include: ["projects"],
      pageSize: 100,
      cursor: "c2",
    });
  });
});

describe("clientsInfiniteOptions", () => {
  const params = { filter: 'segment eq "A"', archived: "without" as const, sort: "name" };

  it("walks the cursors of one list under its key, until next_cursor is null", async () => {
    const api = fakeApi(({ query }) =>
      query.get("page[cursor]") === null ? listPage([row("a")], "n1") : listPage([row("b")]),
    );
    const queryClient = new QueryClient();
    const data = await queryClient.fetchInfiniteQuery({
      ...clientsInfiniteOptions(api.http, params),
      pages: 3,
    });
    expect(data.pages.map((page) => page.data.map((r) => r.id))).toEqual([["a"], ["b"]]);
    expect(data.pageParams).toEqual([null, "n1"]);
    expect(api.calls()).toEqual([
      'GET /clients/full?page[size]=50&filter=segment eq "A"&sort=name&include=projects',
      'GET /clients/full?page[size]=50&page[cursor]=n1&filter=segment eq "A"&sort=name&include=projects',
    ]);
    expect(queryClient.getQueryData(clientKeys.list(params))).toBe(data);
  });

  it("keeps a list fresh for two minutes, and shows the previous list while another loads", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: 0 });
    const api = fakeApi(() => listPage([row("a")]));
    const queryClient = new QueryClient();
    await queryClient.fetchInfiniteQuery(clientsInfiniteOptions(api.http, params));
    vi.setSystemTime(110_000);
    await queryClient.fetchInfiniteQuery(clientsInfiniteOptions(api.http, params));
    expect(api.calls()).toHaveLength(1);
    vi.setSystemTime(130_000);
    await queryClient.fetchInfiniteQuery(clientsInfiniteOptions(api.http, params));
    expect(api.calls()).toHaveLength(2);

    const observer = new QueryObserver(queryClient, clientsInfiniteOptions(api.http, params));
    const stop = observer.subscribe(() => {});
    observer.setOptions(clientsInfiniteOptions(api.http, { ...params, sort: "-name" }));
    expect(observer.getCurrentResult()).toMatchObject({ isPlaceholderData: true });
    stop();
    expect(clientsInfiniteOptions(api.http, params).refetchOnWindowFocus).toBe(false);
  });
});

describe("prefetchClientsFirstPage", () => {
  it("fetches the first page of the list the URL shows, under the table's key", async () => {
    const urls: string[] = [];
    const fetchImpl: FetchLike = async (input) => {
      urls.push(decodeURIComponent(input));
      return json(200, listPage([row("a")]));
    };
    const queryClient = new QueryClient();
    await prefetchClientsFirstPage(
      queryClient,
      { baseUrl: "/api/v1", token: "t" },
      { sort: "-name", archived: "only" },
      fetchImpl,
    );
    expect(urls).toEqual([
      '/api/v1/clients/full?page[size]=50&filter=archived eq "only"&sort=-name&include=projects',
    ]);
    expect(
      queryClient.getQueryData(
        clientKeys.list({ filter: 'archived eq "only"', archived: "only", sort: "-name" }),
      ),
    ).toMatchObject({ pages: [{ data: [{ id: "a" }] }], pageParams: [null] });
  });
});
