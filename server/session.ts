import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { servedOverTls } from "./headers.ts";

/**
 * The browser's token, for this server to render `/clients` with its first page (server/first-page.ts).
 * Sent only with page loads of `/clients…` (its path), never with API calls (the proxy forwards no
 * cookie anyway); not readable by scripts; not sent on a navigation from another site.
 */
const COOKIE = "kanbert_token";
/** The browser's viewport height, so the server renders as many rows as it shows. */
const VIEWPORT_COOKIE = "kanbert_viewport";
const COOKIE_PATH = "/clients";
const MAX_VIEWPORT_HEIGHT = 10_000;
/** As long as a remembered token is kept; the app sets it again when it finds it gone. */
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const MAX_BODY_BYTES = 8 * 1024;

const SessionBody = z.object({
  token: z
    .string({ error: "token must be a string" })
    .min(1, "token must not be empty")
    .max(4096, "token must be at most 4,096 characters")
    .regex(/^[\x21-\x7e]+$/, "token must be printable ASCII without spaces"),
  viewportHeight: z
    .number({ error: "viewportHeight must be a number" })
    .int("viewportHeight must be a whole number of pixels")
    .min(1, "viewportHeight must be at least 1")
    .max(MAX_VIEWPORT_HEIGHT, "viewportHeight must be at most 10,000")
    .optional(),
});

/** The token the browser keeps for this server, if any. */
export function sessionToken(c: Context): string | undefined {
  return getCookie(c, COOKIE) || undefined;
}

/** The viewport height the browser last told this server, if any (a cookie it set, checked again). */
export function sessionViewportHeight(c: Context): number | undefined {
  const value = getCookie(c, VIEWPORT_COOKIE) ?? "";
  if (!/^[1-9][0-9]{0,4}$/.test(value)) return undefined;
  const height = Number(value);
  return height <= MAX_VIEWPORT_HEIGHT ? height : undefined;
}

/** Only the app's own pages may set or clear the cookie: no other site can give a browser its token. */
function fromThisSite(c: Context): boolean {
  return c.req.header("Sec-Fetch-Site") === "same-origin";
}

/**
 * `POST /session` `{"token": "…", "viewportHeight": 900}` keeps the token (and the viewport's height,
 * when given) in HttpOnly, SameSite=Strict cookies (Secure over TLS); `DELETE /session` forgets them.
 * Both answer 204, or an error in the API's shape.
 */
export function sessionRoutes({ trustProxy }: { trustProxy: boolean }): Hono {
  const routes = new Hono();
  // Both cookies, set and cleared alike: only with page loads of /clients, unread by scripts.
  const cookieOptions = (c: Context) =>
    ({
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: "Strict",
      secure: servedOverTls(c.req.url, c.req.header("X-Forwarded-Proto"), trustProxy),
    }) as const;
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ message: "The request body is too large." }, 413),
  });
  routes.post("/session", limit, async (c) => {
    if (!fromThisSite(c)) return c.json({ message: "Only the console's own pages can do this." }, 403);
    if (!(c.req.header("Content-Type") ?? "").startsWith("application/json")) {
      return c.json({ message: 'Send the token as JSON: {"token": "…"}.' }, 400);
    }
    let json: unknown;
    try {
      json = await c.req.json();
    } catch (error) {
      // Too large a body without a Content-Length is bodyLimit's to answer (413).
      if (!(error instanceof SyntaxError)) throw error;
      return c.json({ message: "The request body is not valid JSON." }, 400);
    }
    const parsed = SessionBody.safeParse(json);
    if (!parsed.success) {
      return c.json({ message: parsed.error.issues.map((issue) => issue.message).join("; ") }, 422);
    }
    const options = cookieOptions(c);
    const { token, viewportHeight } = parsed.data;
    setCookie(c, COOKIE, token, { ...options, maxAge: MAX_AGE_SECONDS });
    if (viewportHeight === undefined) deleteCookie(c, VIEWPORT_COOKIE, options);
    else setCookie(c, VIEWPORT_COOKIE, String(viewportHeight), { ...options, maxAge: MAX_AGE_SECONDS });
    return c.body(null, 204, { "Cache-Control": "no-store" });
  });
  routes.delete("/session", (c) => {
    if (!fromThisSite(c)) return c.json({ message: "Only the console's own pages can do this." }, 403);
    const options = cookieOptions(c);
    deleteCookie(c, COOKIE, options);
    deleteCookie(c, VIEWPORT_COOKIE, options);
    return c.body(null, 204, { "Cache-Control": "no-store" });
  });
  return routes;
}
