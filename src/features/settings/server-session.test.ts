import { describe, expect, it, vi } from "vitest";
import { memoryStorage } from "../../lib/storage.ts";
import { createFirstContent } from "../../ui/first-content.ts";
import { createConnectionStore } from "./connection-store.ts";
import { keepServerSession } from "./server-session.ts";

type Call = {
  path: string;
  method: string | undefined;
  body: unknown;
  credentials: RequestCredentials | undefined;
};

function setup({
  renderedFor = null as number | null,
  stored = {} as Record<string, string>,
  viewport = 900,
} = {}) {
  const store = createConnectionStore({
    defaults: { baseUrl: "/api/v1", token: null },
    local: memoryStorage(stored),
    session: memoryStorage(),
  });
  const calls: Call[] = [];
  const fetchImpl = vi.fn(async (path: string, init: RequestInit) => {
    const body = typeof init.body === "string" ? JSON.parse(init.body) : init.body;
    calls.push({ path, method: init.method, body, credentials: init.credentials });
    return new Response(null, { status: 204 });
  });
  const firstContent = createFirstContent(10_000);
  const reads = { count: 0 };
  const viewportHeight = () => {
    reads.count += 1;
    return viewport;
  };
  const stop = keepServerSession({ store, renderedFor, firstContent, viewportHeight, fetchImpl });
  /** The browser's viewport changes height (a resize, a rotation). */
  const resize = (height: number) => {
    viewport = height;
  };
  return { store, calls, firstContent, stop, reads, resize };
}

/** The request that gives the server a token, with this test's viewport (900 px). */
function posted(token: string): Call {
  return {
    path: "/session",
    method: "POST",
    body: { token, viewportHeight: 900 },
    credentials: "same-origin",
  };
}

const REMEMBERED = {
  "kanbert.connection": JSON.stringify({ baseUrl: "/api/v1", remember: true, disconnected: false }),
  "kanbert.token": "tok-1",
};

describe("keepServerSession", () => {
  it("gives the server a remembered token on connect, and forgets it on disconnect", () => {
    const { store, calls } = setup();
    store.save({ baseUrl: "/api/v1", token: "tok-2", remember: true });
    store.disconnect();
    expect(calls).toEqual([
      posted("tok-2"),
      { path: "/session", method: "DELETE", body: undefined, credentials: "same-origin" },
    ]);
  });

  it("never gives it a token kept for this tab only, nor one for another API", () => {
    const { store, calls } = setup();
    store.save({ baseUrl: "/api/v1", token: "tab-only", remember: false });
    store.save({ baseUrl: "https://api.kanbert.example/api/v1", token: "elsewhere", remember: true });
    expect(calls.map((call) => call.method)).toEqual(["DELETE", "DELETE"]);
    expect(JSON.stringify(calls)).not.toContain("tab-only");
    expect(JSON.stringify(calls)).not.toContain("elsewhere");
  });

  it("at start, once the content is shown, gives the token again when the page came without the server's rows", () => {
    const { calls, firstContent } = setup({ stored: REMEMBERED });
    expect(calls).toEqual([]);
    firstContent.mark();
    expect(calls).toEqual([posted("tok-1")]);
  });

  it("at start asks nothing when the page came with rows for a remembered token and about this viewport", () => {
    for (const renderedFor of [900, 860, 940]) {
      const { calls, firstContent } = setup({ stored: REMEMBERED, renderedFor });
      firstContent.mark();
      expect(calls, String(renderedFor)).toEqual([]);
    }
  });

  it("leaves out a height the server would refuse, so the token is kept all the same", () => {
    for (const viewport of [0, 10_001, 812.5]) {
      const { store, calls } = setup({ viewport });
      store.save({ baseUrl: "/api/v1", token: "tok-2", remember: true });
      expect(
        calls.map((call) => call.body),
        String(viewport),
      ).toEqual([{ token: "tok-2" }]);
    }
  });

  it("at start tells the server this viewport's height when the rows were for another", () => {
    for (const renderedFor of [1440, 859, 941]) {
      const { calls, firstContent } = setup({ stored: REMEMBERED, renderedFor });
      firstContent.mark();
      expect(calls, String(renderedFor)).toEqual([posted("tok-1")]);
    }
  });

  it("at start reads the viewport's height once, before the content is shown (a read then forces a layout)", () => {
    const { calls, firstContent, reads, resize } = setup({ stored: REMEMBERED, renderedFor: 1440 });
    expect(reads.count).toBe(1);
    resize(2000);
    firstContent.mark();
    expect(reads.count).toBe(1);
    expect(calls).toEqual([posted("tok-1")]);
  });

  it("at start compares the server's rows with the height the page started with", () => {
    const { calls, firstContent, resize } = setup({ stored: REMEMBERED, renderedFor: 900 });
    resize(1440);
    firstContent.mark();
    expect(calls).toEqual([]);
  });

  it("on connect tells the viewport's height as it is then", () => {
    const { store, calls, resize } = setup();
    resize(1200);
    store.save({ baseUrl: "/api/v1", token: "tok-2", remember: true });
    expect(calls.map((call) => call.body)).toEqual([{ token: "tok-2", viewportHeight: 1200 }]);
  });

  it("at start has the server forget a token it should not keep, when the page came with rows", () => {
    const tabOnly = { "kanbert.connection": JSON.stringify({ baseUrl: "/api/v1", remember: false }) };
    const { calls, firstContent } = setup({ stored: tabOnly, renderedFor: 900 });
    firstContent.mark();
    expect(calls.map((call) => call.method)).toEqual(["DELETE"]);
  });

  it("does nothing more once stopped", () => {
    const { store, calls, firstContent, stop } = setup({ stored: REMEMBERED });
    stop();
    firstContent.mark();
    store.disconnect();
    expect(calls).toEqual([]);
  });

  it("a request that fails changes nothing (no error escapes)", async () => {
    const store = createConnectionStore({
      defaults: { baseUrl: "/api/v1", token: null },
      local: null,
      session: null,
    });
    const failing = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    keepServerSession({
      store,
      renderedFor: null,
      firstContent: createFirstContent(10),
      viewportHeight: () => 900,
      fetchImpl: failing,
    });
    store.save({ baseUrl: "/api/v1", token: "tok-3", remember: true });
    await Promise.resolve();
    expect(failing).toHaveBeenCalledTimes(1);
    expect(store.get().status).toBe("connected");
  });
});
