import type { MiddlewareHandler } from "hono";
import { badRequest, notFound } from "../../backend/http/errors.ts";
import { hasForbiddenCharacter } from "../../src/kanbert/text.ts";
import type { Env } from "./env.ts";

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Text the database cannot hold never reaches it from the URL: a path with NUL, a lone surrogate
 * or broken percent-encoding names nothing (404); such a query name or value is a bad request (400).
 */
export function urlGuard(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const path = decodedPath(url.pathname);
    if (path === null || hasForbiddenCharacter(path)) throw notFound();
    for (const [name, value] of url.searchParams) {
      if (hasForbiddenCharacter(name) || hasForbiddenCharacter(value)) {
        throw badRequest(
          `The query parameter ${JSON.stringify(name)} contains a character that is not allowed (NUL or an unpaired surrogate).`,
        );
      }
    }
    await next();
  };
}
