import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../../kanbert/errors.ts";
import { createHttpClient } from "../../../kanbert/http.ts";
import { archivedModeOfKey, findCachedClient } from "./client-cache.ts";
import { mergeDetail, patchDetail, toClientData } from "./detail-model.ts";
import { fetchClientDetail, fullRowFilter } from "./fetch-detail.ts";
import { clientKeys } from "./keys.ts";
import { pages, row } from "./test-rows.ts";

describe("mergeDetail", () => {
  it("takes ClientData fields from the fresh record and the rest from the full row", () => {
    const full = row("a", { name: "Old name", segment: "C" });
    const detail = mergeDetail({ ...toClientData(full), name: "New name" }, full, true);
    expect(detail.client.name).toBe("New name");
    expect(detail.full).toMatchObject({ name: "New name", segment: "C", projects: [] });
    expect(detail.archived).toBe(true);
  });

  it("ignores a full row of another client, and has none without one", () => {
    expect(mergeDetail(toClientData(row("a")), row("b"), false).full).toBeNull();
    expect(mergeDetail(toClientData(row("a")), null, false).full).toBeNull();
  });

  it("patches both records, leaving full-only fields out of ClientData", () => {
    const patched = patchDetail(mergeDetail(toClientData(row("a")), row("a"), false), {
      name: "N",
      segment: "A",
    });
    expect(patched.client).toEqual({ ...toClientData(row("a")), name: "N" });
    expect(patched.full?.segment).toBe("A");
  });
});

describe("archivedModeOfKey", () => {
  it("reads the archived field of a list key, never the printed filter", () => {
    expect(archivedModeOfKey(clientKeys.list({ filter: "", archived: "without", sort: "name" }))).toBe(
      "without",
    );
    expect(
      archivedModeOfKey(clientKeys.list({ filter: 'archived eq "only"', archived: "only", sort: "" })),
    ).toBe("only");
    expect(
      archivedModeOfKey(
        clientKeys.list({ filter: 'archived eq "with" and name contains "x"', archived: "with", sort: "" }),
      ),
    ).toBe("with");
    expect(
      archivedModeOfKey(clientKeys.list({ filter: 'archived eq "only"', archived: "with", sort: "" })),
    ).toBe("with");
    expect(archivedModeOfKey(["clients", "list", { filter: 'archived eq "only"', sort: "" }])).toBe(
      "without",
    );
  });
});

/** A fake API: answers by path, records every request. */
function fakeApi(answers: Record<string, (url: URL) => unknown>) {
  const calls: string[] = [];
  const http = createHttpClient({ baseUrl: "http://api.test/v1", token: "t" }, async (input) => {
    const url = new URL(input);
    calls.push(`${url.pathname}${url.search ? `?${decodeURIComponent(url.search.slice(1))}` : ""}`);
    const answer = answers[url.pathname];
    if (!answer) return new Response(JSON.stringify({ message: "Not Found" }), { status: 404 });
    return new Response(JSON.stringify(answer(url)), { status: 200 });
  });
  return { http, calls };
}

const page = (data: unknown[]) => ({ data, links: [], meta: pages([]).pages[0]?.meta });

describe("fetchClientDetail", () => {
  const a = row("a", { segment: "C" });
  const client = toClientData(a);

  it("needs no full-list request when a cached active/archived list holds the row", async () => {
    const { http, calls } = fakeApi({ "/v1/clients/a": () => client });
    const queryClient = new QueryClient();
    queryClient.setQueryData(
      clientKeys.list({ filter: 'archived eq "only"', archived: "only", sort: "name" }),
      pages([a]),
    );
    const cached = findCachedClient(queryClient, (r) => r.id === "a");
    const detail = await fetchClientDetail(http, { key: "a" }, cached);
    expect(calls).toEqual(["/v1/clients/a"]);
    expect(detail).toMatchObject({ archived: true, full: { segment: "C" } });
  });

  it("asks the full list by shortcode, active first, then archived", async () => {
    const { http, calls } = fakeApi({
      "/v1/clients/A": () => client,
      "/v1/clients/full": (url) =>
        page(url.searchParams.get("filter")?.includes('"only"') ? [row("other"), a] : []),
    });
    const detail = await fetchClientDetail(http, { key: "A", findBy: "shortcode" }, null);
    expect(calls).toHaveLength(3);
    expect(calls[0]).toBe("/v1/clients/A?find_by=shortcode");
    expect(calls[1]).toContain('archived eq "without" and shortcode eq "A"');
    expect(calls[2]).toContain('archived eq "only" and shortcode eq "A"');
    expect(detail).toMatchObject({ archived: true, client: { id: "a" }, full: { segment: "C" } });
  });

  it("falls back to the name for a client without a shortcode", () => {
    expect(fullRowFilter({ name: 'Say "hi"', shortcode: null }, "without")).toBe(
      'archived eq "without" and name eq "Say \\"hi\\""',
    );
  });

  it("asks only the archived list for a row cached from an 'All' list, and keeps that row when not archived", async () => {
    const listed = row("a", { segment: "A" });
    const { http, calls } = fakeApi({ "/v1/clients/a": () => client, "/v1/clients/full": () => page([]) });
    const cached = { row: listed, mode: "with" as const, updatedAt: 0 };
    const detail = await fetchClientDetail(http, { key: "a" }, cached);
    expect(calls).toEqual([
      "/v1/clients/a",
      '/v1/clients/full?page[size]=100&filter=archived eq "only" and shortcode eq "A"&include=projects',
    ]);
    expect(detail).toMatchObject({ archived: false, full: { segment: "A" } });
  });

  it("ignores a cached row of another client, and has no full record when no list finds the client", async () => {
    const { http, calls } = fakeApi({
      "/v1/clients/a": () => client,
      "/v1/clients/full": () => page([row("b")]),
    });
    const cached = { row: row("b"), mode: "without" as const, updatedAt: 0 };
    const detail = await fetchClientDetail(http, { key: "a" }, cached);
    expect(calls).toHaveLength(3);
    expect(detail).toEqual({ client, full: null, archived: false });
  });

  it("marks a row found in the active list as not archived", async () => {
    const { http } = fakeApi({ "/v1/clients/a": () => client, "/v1/clients/full": () => page([a]) });
    await expect(fetchClientDetail(http, { key: "a" }, null)).resolves.toMatchObject({
      archived: false,
      full: { segment: "C" },
    });
  });

  it("takes a row cached from an active list as not archived, without a list request", async () => {
    const { http, calls } = fakeApi({ "/v1/clients/a": () => client });
    const detail = await fetchClientDetail(http, { key: "a" }, { row: a, mode: "without", updatedAt: 0 });
    expect(calls).toEqual(["/v1/clients/a"]);
    expect(detail).toMatchObject({ archived: false, full: { segment: "C" } });
  });

  it("passes the 404 of an unknown client on", async () => {
    const { http } = fakeApi({});
    await expect(fetchClientDetail(http, { key: "nope" }, null)).rejects.toBeInstanceOf(ApiError);
  });
});
