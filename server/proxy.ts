import type { Context } from "hono";

/** The path under which the browser reaches the API, on this server's own origin. */
export const API_PREFIX = "/api/v1";

/** Headers that belong to one connection, not to the message (RFC 9110 §7.6.1). */
const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
];
/** Not forwarded upstream: the host is the API's, and fetch negotiates its own compression. */
const NOT_FORWARDED = new Set([...HOP_BY_HOP, "host", "cookie", "accept-encoding", "content-length"]);
/** Not passed back: fetch has already decoded the body, so its length and encoding no longer hold. */
const NOT_RETURNED = new Set([...HOP_BY_HOP, "content-encoding", "content-length", "set-cookie"]);

const UPSTREAM_TIMEOUT_MS = 30_000;

function copyHeaders(from: Headers, skip: ReadonlySet<string>): Headers {
  const headers = new Headers();
  from.forEach((value, name) => {
    if (!skip.has(name)) headers.set(name, value);
  });
  return headers;
}

/**
 * Forwards `/api/v1/*` to the Kanbert API: method, path, query, body and Authorization go up;
 * status, body and headers (`Retry-After` among them) come back unchanged. Unreachable → 502 and
 * too slow → 504, in the API's error shape.
 */
export function proxyToKanbert(baseUrl: string) {
  return async (c: Context): Promise<Response> => {
    const incoming = new URL(c.req.url);
    const target = `${baseUrl}${incoming.pathname.slice(API_PREFIX.length)}${incoming.search}`;
    const method = c.req.method;
    const hasBody = method !== "GET" && method !== "HEAD";
    let upstream: Response;
    try {
      upstream = await fetch(target, {
        method,
        headers: copyHeaders(c.req.raw.headers, NOT_FORWARDED),
        body: hasBody ? await c.req.arrayBuffer() : undefined,
        redirect: "manual",
        signal: AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(UPSTREAM_TIMEOUT_MS)]),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === "TimeoutError") {
        return c.json({ message: "The Kanbert API did not answer in time." }, 504);
      }
      return c.json({ message: "The Kanbert API could not be reached." }, 502);
    }
    return new Response(upstream.body, {
      status: upstream.status,
      statusText: upstream.statusText,
      headers: copyHeaders(upstream.headers, NOT_RETURNED),
    });
  };
}
