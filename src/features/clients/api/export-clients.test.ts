import { describe, expect, it, vi } from "vitest";
import { createHttpClient, type FetchLike } from "../../../kanbert/http.ts";
import { ClientFullData } from "../../../kanbert/schemas.ts";
import { exportClientsCsv } from "./export-clients.ts";

const client = (id: string, name: string, extra: object = {}) => ({
  id,
  name,
  external_id: null,
  external_origin: null,
  shortcode: null,
  primary_contact: null,
  origin_space: null,
  segment: "A",
  created_at: "2024-03-12T10:00:00Z",
  updated_at: "2024-03-13T10:00:00Z",
  projects: [],
  ...extra,
});
const page = (data: unknown[], next: string | null) => ({
  data,
  links: [],
  meta: {
    path: "/clients/full",
    per_page: 100,
    next_cursor: next,
    next_cursor_url: null,
    prev_cursor: null,
    prev_cursor_url: null,
  },
});
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

describe("exportClientsCsv", () => {
  it("walks every page with the view's filter and sort and maps the visible columns in order", async () => {
    const fetchImpl = vi.fn<FetchLike>(async (url) =>
      url.includes("cursor")
        ? json(page([client("c3", "=cmd", { projects: [{ ...project, title: "Audit" }] })], null))
        : json(page([client("c1", "Acme, Inc", { shortcode: "ACM" }), client("c2", "Beta")], "n2")),
    );
    const http = createHttpClient({ baseUrl: "/api/v1", token: "t" }, fetchImpl);
    const progress: number[] = [];
    const { lines, rows } = await exportClientsCsv({
      http,
      params: { filter: 'segment eq "A"', archived: "without", sort: "-created_at,name" },
      columns: ["name", "projects", "shortcode", "created_at"],
      signal: new AbortController().signal,
      onProgress: (n) => progress.push(n),
    });
    expect(rows).toBe(3);
    expect(progress).toEqual([2, 3]);
    expect(lines).toEqual([
      "\uFEFFId,Name,Projects,Shortcode,Created\r\n",
      'c1,"Acme, Inc",0,ACM,2024-03-12T10:00:00Z\r\n',
      "c2,Beta,0,,2024-03-12T10:00:00Z\r\n",
      "c3,'=cmd,1: Audit,,2024-03-12T10:00:00Z\r\n",
    ]);
    const first = new URL(String(fetchImpl.mock.calls[0]?.[0]), "http://x");
    expect(first.searchParams.get("filter")).toBe('segment eq "A"');
    expect(first.searchParams.get("sort")).toBe("-created_at,name");
    expect(first.searchParams.get("page[size]")).toBe("100");
    expect(first.searchParams.get("include")).toBe("projects");
    const second = new URL(String(fetchImpl.mock.calls[1]?.[0]), "http://x");
    expect(second.searchParams.get("page[cursor]")).toBe("n2");
  });

  it("a bulk selection: the walk leaves out the unticked ids; rows at hand are written without a fetch", async () => {
    const fetchImpl = vi.fn<FetchLike>(async (url) =>
      url.includes("cursor")
        ? json(page([client("c3", "Gamma")], null))
        : json(page([client("c1", "Alpha"), client("c2", "Beta")], "n2")),
    );
    const http = createHttpClient({ baseUrl: "/api/v1", token: "t" }, fetchImpl);
    const base = { http, params: { filter: "", sort: "name", archived: "without" as const } };
    const signal = new AbortController().signal;
    const walked = await exportClientsCsv({
      ...base,
      columns: ["name"],
      signal,
      onProgress: () => {},
      source: { kind: "view", excludedIds: new Set(["c2"]) },
    });
    expect(walked).toEqual({ lines: ["\uFEFFId,Name\r\n", "c1,Alpha\r\n", "c3,Gamma\r\n"], rows: 2 });
    fetchImpl.mockClear();
    const picked = await exportClientsCsv({
      ...base,
      columns: ["name"],
      signal,
      onProgress: () => {},
      source: { kind: "rows", rows: [ClientFullData.parse(client("c9", "Zeta"))] },
    });
    expect(picked).toEqual({ lines: ["\uFEFFId,Name\r\n", "c9,Zeta\r\n"], rows: 1 });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    const fetchImpl: FetchLike = async () => {
      controller.abort();
      return json(page([client("c1", "Acme")], "n2"));
    };
    const http = createHttpClient({ baseUrl: "/api/v1", token: "t" }, fetchImpl);
    await expect(
      exportClientsCsv({
        http,
        params: { filter: "", archived: "without", sort: "name" },
        columns: ["name"],
        signal: controller.signal,
        onProgress: () => {},
      }),
    ).rejects.toThrow();
  });
});

const project = {
  id: "p1",
  external_id: null,
  external_origin: null,
  title: "x",
  description: null,
  shortcode: "P-1",
  po_number: null,
  project_type: null,
  status: "running",
  is_acquisition: false,
  is_private: false,
  start_date: null,
  end_date: null,
};
