import { afterEach, describe, expect, it, vi } from "vitest";
import { renderClientsPage } from "./server-render.tsx";

const API = "http://kanbert.test/api/v1";

/** A page of the API's `GET /clients/full` with the given names (the fields the table shows). */
function pageOf(names: string[]) {
  return {
    data: names.map((name, i) => ({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      external_id: null,
      external_origin: null,
      name,
      shortcode: `SC${i}`,
      segment: "A",
      primary_contact: null,
      origin_space: null,
      created_at: "2026-01-02T10:00:00Z",
      updated_at: "2026-01-03T10:00:00Z",
      projects: [],
    })),
    links: [],
    meta: {
      path: `${API}/clients/full`,
      per_page: 50,
      next_cursor: null,
      next_cursor_url: null,
      prev_cursor: null,
      prev_cursor_url: null,
    },
  };
}

function answering(status: number, body: unknown) {
  const calls: { url: string; authorization: string | null }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: string, init: RequestInit) => {
      calls.push({ url: input, authorization: new Headers(init.headers).get("Authorization") });
      return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
    }),
  );
  return calls;
}

const request = (url: string) => ({
  apiBaseUrl: API,
  token: "tok-1",
  url,
  signal: new AbortController().signal,
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("renderClientsPage", () => {
  it("renders the page with the API's rows, and sends the answer along for the app", async () => {
    const calls = answering(200, pageOf(["Acme & Co", "Bluefin <Partners>"]));
    const page = await renderClientsPage(request("/clients"));
    expect(calls).toEqual([
      {
        url: "http://kanbert.test/api/v1/clients/full?page%5Bsize%5D=50&sort=name&include=projects",
        authorization: "Bearer tok-1",
      },
    ]);
    expect(page).not.toBeNull();
    expect(page?.html).toContain('aria-rowindex="2"');
    expect(page?.html).toContain(">Acme &amp; Co</a>");
    expect(page?.html).toContain(">Bluefin &lt;Partners&gt;</a>");
    expect(page?.html).not.toContain(" style=");
    expect(page?.css).toContain("height:44px");
    expect(page?.data).toMatch(/^<script type="application\/json" id="kanbert-first-page">/);
    expect(page?.data).toContain('"path":"/clients/full?page%5Bsize%5D=50&sort=name&include=projects"');
    expect(page?.data).not.toContain("<Partners>");
    expect(page?.data).toContain("\\u003cPartners>");
  });

  it("renders as many rows as the browser's viewport shows, and says which height they are for", async () => {
    const names = Array.from({ length: 40 }, (_, i) => `Client ${String(i).padStart(2, "0")}`);
    const rows = (html: string) => html.match(/<tr [^>]*data-index="/g)?.length ?? 0;

    answering(200, pageOf(names));
    // 823 px: a 519 px scroller (the page takes 304 px), 475 px of it under the header: 44 px rows.
    const phone = await renderClientsPage({ ...request("/clients"), viewportHeight: 823 });
    expect(rows(phone?.html ?? "")).toBe(11);
    expect(phone?.data).toContain('"viewportHeight":823');

    // Told nothing: a 1,440 px screen's, a 1,136 px scroller, 1,092 px under the header.
    const untold = await renderClientsPage(request("/clients"));
    expect(rows(untold?.html ?? "")).toBe(25);
    expect(untold?.data).toContain('"viewportHeight":1440');
  });

  it("asks for the view in the address", async () => {
    const calls = answering(200, pageOf(["Zeta"]));
    await renderClientsPage(request("/clients?sort=-created_at"));
    expect(calls.map((call) => new URL(call.url).searchParams.get("sort"))).toEqual(["-created_at"]);
  });

  it("gives up at once when the API fails: one request, no retry after a pause", async () => {
    const calls = answering(503, { message: "Service unavailable" });
    const started = performance.now();
    expect(await renderClientsPage(request("/clients"))).toBeNull();
    expect(calls).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(900);
  });

  it("sends no page when the token is refused", async () => {
    answering(401, { message: "Unauthorized" });
    expect(await renderClientsPage(request("/clients"))).toBeNull();
  });
});
