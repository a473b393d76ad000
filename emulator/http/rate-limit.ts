import type { MiddlewareHandler } from "hono";
import type { Env } from "./env.ts";

/**
 * Fixed one-minute window per bearer token (or client address without one). Off unless a limit is
 * given. Answers 429 {message:"Too Many Attempts."} with Retry-After and X-RateLimit-* headers.
 */
export function rateLimit(perMinute: number, now: () => Date): MiddlewareHandler<Env> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const at = now().getTime();
    const key = c.req.header("authorization") ?? "anonymous";
    let window = windows.get(key);
    if (!window || at - window.start >= 60_000) {
      window = { start: at, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    const remaining = Math.max(0, perMinute - window.count);
    if (window.count > perMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.start + 60_000 - at) / 1000));
      return c.json({ message: "Too Many Attempts." }, 429, {
        "Retry-After": String(retryAfter),
        "X-RateLimit-Limit": String(perMinute),
        "X-RateLimit-Remaining": "0",
      });
    }
    await next();
    c.res.headers.set("X-RateLimit-Limit", String(perMinute));
    c.res.headers.set("X-RateLimit-Remaining", String(remaining));
  };
}
