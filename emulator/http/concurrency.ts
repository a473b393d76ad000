import type { MiddlewareHandler } from "hono";
import type { Env } from "./env.ts";

/**
 * At most `limit` API requests are worked on at once; the others wait their turn, first come first
 * served. The database is the bottleneck either way (PGlite runs one statement at a time), but
 * this way a request, once started, is not overtaken query by query by fifty others (shorter tail),
 * and the HTTP thread never has fifty pages to serialise in one turn of its event loop, so small
 * requests (`/health`) are answered at once.
 */
export function concurrency(limit: number): MiddlewareHandler<Env> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return async (_c, next) => {
    if (running < limit) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      await next();
    } finally {
      release();
    }
  };
}
