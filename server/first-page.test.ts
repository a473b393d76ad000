import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { serveFirstPage } from "./first-page.ts";
import type { RenderClientsPage } from "./page-renderer.ts";
import type { StaticFiles } from "./static.ts";

const TEMPLATE =
  '<!doctype html><html><head><title>Kanbert Console</title></head><body><div id="root"></div><script type="module" src="/assets/index.js"></script></body></html>';
const API = "http://127.0.0.1:9/api/v1";
const PAGE = { html: "HTML", data: "DATA", css: "CSS" };
const NAVIGATION = { Accept: "text/html,application/xhtml+xml", Cookie: "kanbert_token=tok-1" };

function filesWith(indexHtml: string): StaticFiles {
  return new Map([
    ["/index.html", { body: Buffer.from(indexHtml), type: "text/html; charset=utf-8", etag: '"index"' }],
  ]);
}

/** The middleware in front of a stand-in for the static handler, which answers "shell". */
function appWith(render: RenderClientsPage): Hono {
  const app = new Hono();
  app.use(serveFirstPage({ files: filesWith(TEMPLATE), render, kanbertBaseUrl: API }));
  app.get("*", (c) => c.text("shell"));
  app.post("*", (c) => c.text("shell"));
  return app;
}

/** The nonce of the page's one `<style>` element. */
function styleNonce(html: string): string {
  const match = /<style nonce="([^"]+)">/.exec(html);
  expect(match).not.toBeNull();
  return match?.[1] ?? "";
}

let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  consoleError.mockRestore();
});

describe("first page of /clients", () => {
  it("renders the page with the browser's token and the query it asked for", async () => {
    const render = vi.fn<RenderClientsPage>(async () => PAGE);
    await appWith(render).request("/clients?sort=-name", { headers: NAVIGATION });
    expect(render).toHaveBeenCalledTimes(1);
    expect(render).toHaveBeenCalledWith({
      apiBaseUrl: "http://127.0.0.1:9/api/v1",
      token: "tok-1",
      url: "/clients?sort=-name",
      signal: expect.any(AbortSignal),
    });
    expect(render.mock.calls[0]?.[0].signal.aborted).toBe(false);
  });

  it("gives render the viewport height the browser told, so the page has as many rows", async () => {
    const render = vi.fn<RenderClientsPage>(async () => PAGE);
    const app = appWith(render);
    await app.request("/clients", {
      headers: { ...NAVIGATION, Cookie: "kanbert_token=tok-1; kanbert_viewport=823" },
    });
    await app.request("/clients", { headers: NAVIGATION });
    expect(render.mock.calls.map(([request]) => request.viewportHeight)).toEqual([823, undefined]);
  });

  it("gives render the path alone when there is no query", async () => {
    const render = vi.fn<RenderClientsPage>(async () => PAGE);
    await appWith(render).request("/clients", { headers: NAVIGATION });
    expect(render.mock.calls[0]?.[0].url).toBe("/clients");
  });

  it("sends the rendered rows and data in the root's place and the styles before </head>", async () => {
    const response = await appWith(async () => PAGE).request("/clients", { headers: NAVIGATION });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Vary")).toContain("Cookie");
    expect(response.headers.get("Content-Encoding")).toBeNull();
    const html = await response.text();
    const nonce = styleNonce(html);
    expect(html).toBe(
      `<!doctype html><html><head><title>Kanbert Console</title><style nonce="${nonce}">CSS</style></head><body><div id="root">HTML</div>DATA<script type="module" src="/assets/index.js"></script></body></html>`,
    );
    expect(response.headers.get("Content-Length")).toBe(String(Buffer.byteLength(html)));
  });

  it("allows the page's style element by its nonce, a new one for every response", async () => {
    const app = appWith(async () => PAGE);
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await app.request("/clients", { headers: NAVIGATION });
      const nonce = styleNonce(await response.text());
      expect(response.headers.get("Content-Security-Policy")).toContain(`style-src 'self' 'nonce-${nonce}'`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("puts the rendered text in the page as it is, dollar signs included", async () => {
    // Client names and the API's answer are anyone's text: nothing in them is a pattern.
    const page = {
      html: "<td>A$&amp;B $' $` $$</td>",
      data: '{"name":"$&"}',
      css: '.a::after{content:"$\'"}',
    };
    const response = await appWith(async () => page).request("/clients", { headers: NAVIGATION });
    const html = await response.text();
    expect(html).toContain(`<div id="root"><td>A$&amp;B $' $\` $$</td></div>{"name":"$&"}<script`);
    expect(html).toContain(`">.a::after{content:"$'"}</style></head>`);
  });

  it("decodes the cookie's value", async () => {
    const render = vi.fn<RenderClientsPage>(async () => PAGE);
    await appWith(render).request("/clients", {
      headers: { ...NAVIGATION, Cookie: "theme=dark; kanbert_token=a%2Bb%3B" },
    });
    expect(render.mock.calls[0]?.[0].token).toBe("a+b;");
  });

  it("compresses the page with brotli when the browser takes it", async () => {
    const response = await appWith(async () => PAGE).request("/clients", {
      headers: { ...NAVIGATION, "Accept-Encoding": "gzip, deflate, br" },
    });
    expect(response.headers.get("Content-Encoding")).toBe("br");
    expect(response.headers.get("Vary")).toContain("Accept-Encoding");
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("Content-Length")).toBe(String(body.length));
    const html = brotliDecompressSync(body).toString();
    expect(html).toContain('<div id="root">HTML</div>DATA');
    expect(html).toContain(`<style nonce="${styleNonce(html)}">CSS</style></head>`);
  });

  it("compresses the page with gzip when the browser takes that and not brotli", async () => {
    for (const acceptEncoding of ["gzip", "gzip, br;q=0"]) {
      const response = await appWith(async () => PAGE).request("/clients", {
        headers: { ...NAVIGATION, "Accept-Encoding": acceptEncoding },
      });
      expect(response.headers.get("Content-Encoding"), acceptEncoding).toBe("gzip");
      const html = gunzipSync(Buffer.from(await response.arrayBuffer())).toString();
      expect(html, acceptEncoding).toContain('<div id="root">HTML</div>DATA');
    }
  });
});

describe("first page of /clients: the shell instead", () => {
  async function expectShell(response: Response) {
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("shell");
    // The page depends on the cookie, so a cache must keep browsers' pages apart even for the shell.
    expect(response.headers.get("Vary")).toContain("Cookie");
  }

  it("sends the shell to a browser without the token, without rendering", async () => {
    const render = vi.fn<RenderClientsPage>(async () => PAGE);
    for (const cookie of [undefined, "theme=dark", "kanbert_token="]) {
      const headers: Record<string, string> =
        cookie === undefined ? { Accept: "text/html" } : { Accept: "text/html", Cookie: cookie };
      await expectShell(await appWith(render).request("/clients", { headers }));
    }
    expect(render).not.toHaveBeenCalled();
  });

  it("sends the shell when the renderer has no page", async () => {
    const render = vi.fn<RenderClientsPage>(async () => null);
    await expectShell(await appWith(render).request("/clients", { headers: NAVIGATION }));
    expect(render).toHaveBeenCalledTimes(1);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("sends the shell when the renderer fails, and reports the error", async () => {
    const failure = new Error("renderer broke");
    const render = vi.fn<RenderClientsPage>(async () => {
      throw failure;
    });
    await expectShell(await appWith(render).request("/clients", { headers: NAVIGATION }));
    expect(consoleError).toHaveBeenCalledWith(failure);
  });

  it("sends the shell without a report when the render was aborted or timed out", async () => {
    for (const reason of [
      new DOMException("timed out", "TimeoutError"),
      new DOMException("aborted", "AbortError"),
    ]) {
      const render = vi.fn<RenderClientsPage>(async () => {
        throw reason;
      });
      await expectShell(await appWith(render).request("/clients", { headers: NAVIGATION }));
    }
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("gives up on the render after about half a second", async () => {
    let calledAt = 0;
    let abortedAt = 0;
    let reason: unknown;
    const render: RenderClientsPage = ({ signal }) => {
      calledAt = performance.now();
      return new Promise((_, reject) => {
        signal.addEventListener("abort", () => {
          abortedAt = performance.now();
          reason = signal.reason;
          reject(signal.reason);
        });
      });
    };
    await expectShell(await appWith(render).request("/clients", { headers: NAVIGATION }));
    expect(reason).toBeInstanceOf(DOMException);
    expect(abortedAt - calledAt).toBeGreaterThanOrEqual(450);
    expect(abortedAt - calledAt).toBeLessThan(5_000);
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe("first page of /clients: other requests", () => {
  it("leaves alone what is not a page load of /clients itself", async () => {
    const render = vi.fn<RenderClientsPage>(async () => PAGE);
    const app = appWith(render);
    const requests: [string, RequestInit][] = [
      ["/clients", { method: "POST", headers: NAVIGATION }],
      ["/clients", { headers: { Cookie: "kanbert_token=tok-1" } }],
      ["/clients", { headers: { Accept: "application/json", Cookie: "kanbert_token=tok-1" } }],
      ["/clients/abc", { headers: NAVIGATION }],
      ["/comments", { headers: NAVIGATION }],
      ["/", { headers: NAVIGATION }],
    ];
    for (const [path, init] of requests) {
      const response = await app.request(path, init);
      expect(await response.text(), `${init.method ?? "GET"} ${path}`).toBe("shell");
    }
    expect(render).not.toHaveBeenCalled();
  });
});

describe("serveFirstPage", () => {
  it("refuses a build whose index.html has no empty root element", () => {
    const render: RenderClientsPage = async () => PAGE;
    expect(() =>
      serveFirstPage({
        files: filesWith("<!doctype html><html><head></head><body><main></main></body></html>"),
        render,
        kanbertBaseUrl: API,
      }),
    ).toThrow('<div id="root"></div>');
    expect(() =>
      serveFirstPage({
        files: filesWith('<!doctype html><html><head></head><body><div id="root">x</div></body></html>'),
        render,
        kanbertBaseUrl: API,
      }),
    ).toThrow('<div id="root"></div>');
    expect(() => serveFirstPage({ files: new Map(), render, kanbertBaseUrl: API })).toThrow(
      '<div id="root"></div>',
    );
  });
});
