import type { Context } from "hono";
import { fieldError, notFound } from "../../backend/http/errors.ts";
import type { Deps, Env } from "../http/env.ts";
import { type ClientLookupColumn, type ClientRow, findClient } from "../model/clients.ts";

const FIND_BY: readonly ClientLookupColumn[] = ["id", "shortcode", "external_id"];

function isFindBy(value: string): value is ClientLookupColumn {
  return (FIND_BY as readonly string[]).includes(value);
}

/** The client `{id}` names, per `find_by` (default id) and `origin` (default: the caller's slug). */
export async function resolveClient(c: Context<Env>, deps: Deps): Promise<ClientRow> {
  const findBy = c.req.query("find_by") || "id";
  if (!isFindBy(findBy)) throw fieldError("find_by", "The selected find by is invalid.");
  const origin = c.req.query("origin") || c.get("principal").slug;
  const key = c.req.param("id");
  if (!key) throw notFound();
  const client = await findClient(deps.db, findBy, key, origin);
  if (!client) throw notFound();
  return client;
}

export async function reload(deps: Deps, id: string): Promise<ClientRow> {
  const client = await findClient(deps.db, "id", id, "");
  if (!client) throw notFound();
  return client;
}
