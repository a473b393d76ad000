import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { HttpError } from "../../backend/http/errors.ts";
import { findTokenUser, findUser } from "../../backend/model/users.ts";
import { INTEGRATION_SLUG } from "../config.ts";
import { tokenHash } from "../db/seed.ts";
import type { Deps, Env, Principal } from "./env.ts";

const unauthenticated = () => new HttpError(401, "Unauthenticated.");

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * `Authorization: Bearer <token>` → the token's user. Tokens given to createApp (token → user id)
 * are checked first, then the database's `tokens` table (sha256 of the token).
 */
export function auth(deps: Deps, tokens: Readonly<Record<string, string>>): MiddlewareHandler<Env> {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const token = match?.[1];
    if (!token) throw unauthenticated();
    let principal: Principal | null = null;
    for (const [known, id] of Object.entries(tokens)) {
      if (!same(known, token)) continue;
      const user = await findUser(deps.db, id);
      principal = user ? { user, slug: INTEGRATION_SLUG } : null;
    }
    // One query for the database's tokens: the token's user and space come joined.
    principal ??= await findTokenUser(deps.db, tokenHash(token));
    if (!principal) throw unauthenticated();
    c.set("principal", principal);
    await next();
  };
}
