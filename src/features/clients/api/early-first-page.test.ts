import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { createHttpClient } from "../../../kanbert/http.ts";
import type { EarlyFetch } from "../../../lib/early-fetch.ts";
import { readView } from "../view/url-state.ts";
import { DEFAULT_LIST_PARAMS, requestDefaultFirstPage } from "./early-first-page.ts";
import { clientKeys } from "./keys.ts";
import { listParamsOf } from "./list-params.ts";
import { fetchClientsPage } from "./use-clients-infinite.ts";

const FIRST_PAGE = "/api/v1/clients/full?page%5Bsize%5D=50&sort=name&include=projects";
const connection = { baseUrl: "/api/v1/", token: "t1" };

function recorder() {
  const starts: { url: string; headers: Record<string, string> }[] = [];
  const early: EarlyFetch = {
    start: (url, init) => starts.push({ url, headers: init.headers }),
    answer: () => undefined,
    fetch: (input, init) => fetch(input, init),
  };
  return { early, starts };
}

describe("requestDefaultFirstPage", () => {
  it("spells the default view's params as the view code does", () => {
    expect(DEFAULT_LIST_PARAMS).toEqual({ filter: "", sort: "name", archived: "without" });
    expect(listParamsOf(readView({}))).toEqual({ filter: "", sort: "name", archived: "without" });
  });

  it("starts the very GET the table's query makes for /clients", async () => {
    const { early, starts } = recorder();
    requestDefaultFirstPage(early, connection, {}, new QueryClient());
    expect(starts).toEqual([
      { url: FIRST_PAGE, headers: { Accept: "application/json", Authorization: "Bearer t1" } },
    ]);

    const asked: string[] = [];
    const http = createHttpClient(connection, async (input) => {
      asked.push(input);
      return new Response(JSON.stringify({ data: [], meta: { next_cursor: null } }));
    });
    await fetchClientsPage(http, DEFAULT_LIST_PARAMS, null).catch(() => undefined);
    expect(asked).toEqual([FIRST_PAGE]);
  });

  it("starts the GET before the query client exists", () => {
    const { early, starts } = recorder();
    requestDefaultFirstPage(early, connection, {});
    expect(starts.map((start) => start.url)).toEqual([FIRST_PAGE]);
  });

  it("starts nothing for a view with a filter, archived mode or sort in its URL", () => {
    const { early, starts } = recorder();
    const queryClient = new QueryClient();
    requestDefaultFirstPage(early, connection, { filter: "name ~ 'a'" }, queryClient);
    requestDefaultFirstPage(early, connection, { archived: "with" }, queryClient);
    requestDefaultFirstPage(early, connection, { sort: "-name" }, queryClient);
    expect(starts).toEqual([]);
  });

  it("starts nothing when the list is already cached or being fetched", () => {
    const { early, starts } = recorder();
    const queryClient = new QueryClient();
    queryClient.setQueryData(clientKeys.list({ filter: "", sort: "name", archived: "without" }), {
      pages: [],
      pageParams: [],
    });
    requestDefaultFirstPage(early, connection, {}, queryClient);
    expect(starts).toEqual([]);
  });
});
