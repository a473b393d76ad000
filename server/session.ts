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
const COOKIE_PATH = "/clients";
/** As long as a remembered token is kept; the app sets it again when it finds it gone. */
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const MAX_BODY_BYTES = 8 * 1024;

const SessionBody = z.object({
  token: z
    .string({ error: "token must be a string" })
    .min(1, "token must not be empty")
    .max(4096, "token must be at most 4,096 characters")
    .regex(/^[\x21-\x7e]+$/, "token must be printable ASCII without spaces"),
});

/** The token the browser keeps for this server, if any. */
export function sessionToken(c: Context): string | undefined {
  return getCookie(c, COOKIE) || undefined;
}

/** Only the app's own pages may set or clear the cookie: no other site can give a browser its token. */
function fromThisSite(c: Context): boolean {
  return c.req.header("Sec-Fetch-Site") === "same-origin";
}

/**
 * `POST /session` `{"token": "…"}` keeps the token in an HttpOnly, SameSite=Strict cookie (Secure
 * over TLS); `DELETE /session` forgets it. Both answer 204, or an error in the API's shape.
 */
export function sessionRoutes({ trustProxy }: { trustProxy: boolean }): Hono {
  const routes = new Hono();
  const secure = (c: Context) => servedOverTls(c.req.url, c.req.header("X-Forwarded-Proto"), trustProxy);
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
    setCookie(c, COOKIE, parsed.data.token, {
      path: COOKIE_PATH,
      maxAge: MAX_AGE_SECONDS,
      httpOnly: true,
      sameSite: "Strict",
      secure: secure(c),
    });
    return c.body(null, 204, { "Cache-Control": "no-store" });
  });
  routes.delete("/session", (c) => {
    if (!fromThisSite(c)) return c.json({ message: "Only the console's own pages can do this." }, 403);
    deleteCookie(c, COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: "Strict", secure: secure(c) });
    return c.body(null, 204, { "Cache-Control": "no-store" });
  });
  return routes;
}
