import { createHash } from "node:crypto";
import { ApiError } from "../../src/kanbert/errors.ts";
import { createHttpClient, type FetchLike } from "../../src/kanbert/http.ts";
import type { UserData } from "../../src/kanbert/schemas.ts";
import { whoami } from "../../src/kanbert/users.ts";

/**
 * Who reads the mirror: a bearer token counts only if Kanbert's `GET /whoami` accepts it. Answers
 * are cached briefly per token (keyed by its SHA-256, the token itself is not kept).
 */

export type Reader = { ok: true; user: UserData } | { ok: false; status: 401 | 502; message: string };

export interface ReadersOptions {
  kanbertBaseUrl: string;
  ttlMs: number;
  now: () => number;
  fetch?: FetchLike;
}

export function createReaders(options: ReadersOptions) {
  const cache = new Map<string, { user: UserData; until: number }>();
  return async function identify(authorization: string | undefined): Promise<Reader> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
    if (!token) return { ok: false, status: 401, message: "Unauthenticated." };
    const key = createHash("sha256").update(token).digest("hex");
    const hit = cache.get(key);
    if (hit && hit.until > options.now()) return { ok: true, user: hit.user };
    try {
      const http = createHttpClient({ baseUrl: options.kanbertBaseUrl, token }, options.fetch);
      const user = await whoami(http);
      if (cache.size > 10_000) cache.clear();
      cache.set(key, { user, until: options.now() + options.ttlMs });
      return { ok: true, user };
    } catch (error) {
      cache.delete(key);
      if (error instanceof ApiError && (error.status === 401 || error.status === 403))
        return { ok: false, status: 401, message: "Unauthenticated." };
      return { ok: false, status: 502, message: "Kanbert could not confirm the token; try again shortly." };
    }
  };
}
