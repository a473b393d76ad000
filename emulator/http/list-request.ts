import type { Context } from "hono";
import type { ListRequest } from "../../backend/http/list.ts";
import type { Deps, Env } from "./env.ts";

/** The emulator's side of a list request: the URL, the token's user as `me.id`, its database and clock. */
export function listRequest(c: Context<Env>, deps: Deps): ListRequest {
  return { url: c.req.url, meId: c.get("principal").user.id, db: deps.db, now: deps.now() };
}
