import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import { selectOne } from "../../backend/db/db.ts";
import { HttpError } from "../../backend/http/errors.ts";
import { findUser } from "../../backend/model/users.ts";
import { INTEGRATION_SLUG } from "../config.ts";
import { tokenHash } from "../db/seed.ts";
import type { Deps, Env } from "./env.ts";

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
    let userId: string | null = null;
    let slug = INTEGRATION_SLUG;
    for (const [known, id] of Object.entries(tokens)) if (same(known, token)) userId = id;
    if (userId === null) {
      const row = await selectOne(
        deps.db,
        z.object({ user_id: z.string(), integration_slug: z.string() }),
        "select user_id, integration_slug from tokens where token_sha256 = $1",
        [tokenHash(token)],
      );
      if (row) {
        userId = row.user_id;
        slug = row.integration_slug;
      }
    }
    const user = userId === null ? null : await findUser(deps.db, userId);
    if (!user) throw unauthenticated();
    c.set("principal", { user, slug });
    await next();
  };
}
