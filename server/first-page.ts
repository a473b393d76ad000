import { randomBytes } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { contentSecurityPolicy } from "./headers.ts";
import { type RenderClientsPage, ROOT_ELEMENT } from "./page-renderer.ts";
import { sessionToken, sessionViewportHeight } from "./session.ts";
import { chooseEncoding, type Encoding, isNavigation, type StaticFiles } from "./static.ts";

/** The page waits this long for the API at most; after that it goes out without its rows. */
const RENDER_TIMEOUT_MS = 500;

export interface FirstPageOptions {
  files: StaticFiles;
  render: RenderClientsPage;
  kanbertBaseUrl: string;
}

/** Compressed on the fly (brotli at a fast level, else gzip), as the client accepts; else as it is. */
function compressed(c: Context, html: string): { body: Uint8Array; encoding: Encoding | null } {
  const raw = Buffer.from(html);
  const encoding = chooseEncoding(c.req.header("Accept-Encoding"), { br: true, gzip: true });
  if (encoding === "br")
    return { body: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), encoding };
  if (encoding === "gzip") return { body: gzipSync(raw, { level: 6 }), encoding };
  return { body: raw, encoding };
}

/**
 * A page load of `/clients` from a browser that keeps its token here (server/session.ts): the page
 * rendered with its first page of rows (the build's renderer, src/app/server-render.tsx) and the
 * API's answer beside them for the app to take over, so rows are painted before any script runs and
 * the app asks for them no second time. No token, an API that fails or is slow, a renderer that
 * throws: the prerendered shell, as before (the next handler). Never stored by a cache.
 */
export function serveFirstPage({ files, render, kanbertBaseUrl }: FirstPageOptions): MiddlewareHandler {
  const template = files.get("/index.html")?.body.toString("utf8");
  if (!template?.includes(ROOT_ELEMENT)) throw new Error(`index.html has no empty ${ROOT_ELEMENT}`);
  return async (c, next) => {
    if (c.req.method !== "GET" || c.req.path !== "/clients" || !isNavigation(c)) return next();
    const token = sessionToken(c);
    const page = token
      ? await render({
          apiBaseUrl: kanbertBaseUrl,
          token,
          url: `${c.req.path}${new URL(c.req.url).search}`,
          viewportHeight: sessionViewportHeight(c),
          signal: AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(RENDER_TIMEOUT_MS)]),
        }).catch((error: unknown) => {
          // Aborted or timed out: no rows this time. Anything else is a fault worth seeing.
          if (!(error instanceof DOMException)) console.error(error);
          return null;
        })
      : null;
    if (!page) {
      await next();
      // The page differs with the cookie: a shared cache must not give one browser's to another.
      c.res.headers.append("Vary", "Cookie");
      return;
    }
    const nonce = randomBytes(16).toString("base64");
    // Functions, not strings: a `$&` or `$'` in the API's data must not be read as a pattern.
    const html = template
      .replace("</head>", () => `<style nonce="${nonce}">${page.css}</style></head>`)
      .replace(ROOT_ELEMENT, () => `<div id="root">${page.html}</div>${page.data}`);
    const { body, encoding } = compressed(c, html);
    const headers = new Headers({
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      Vary: "Accept-Encoding, Cookie",
      "Content-Length": String(body.length),
      "Content-Security-Policy": contentSecurityPolicy(nonce),
    });
    if (encoding) headers.set("Content-Encoding", encoding);
    return new Response(new Uint8Array(body), { status: 200, headers });
  };
}
