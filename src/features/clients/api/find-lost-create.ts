import { and, cond, print } from "../../../filter/index.ts";
import type { CreateClientBody } from "../../../kanbert/bodies.ts";
import { listClientsFull } from "../../../kanbert/clients.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import type { ClientFullData } from "../../../kanbert/schemas.ts";

/** How far the server's clock may be behind the browser's when we compare `created_at`. */
const CLOCK_SKEW_MS = 2 * 60_000;

/**
 * The client a create whose answer was lost (the server may have committed it, the browser saw a
 * network error) may have made, so a retry opens it instead of creating a second one. The rule:
 * - ask `/clients/full` by the shortcode the form sent (unique, so at most one row), else by name;
 * - a row is ours when it has the sent name, the sent external id and origin (when one was sent),
 *   and was created no earlier than the first attempt (less `CLOCK_SKEW_MS`);
 * - among several (a namesake made by someone else in the same minutes), the newest.
 * Without a shortcode or external id, a namesake created by someone else in that window would be
 * taken for ours: the one case this cannot tell apart; the page it opens shows which client it is.
 */
export function lostCreateFilter(body: Pick<CreateClientBody, "name" | "shortcode">): string {
  const key = body.shortcode ? cond("shortcode", "eq", body.shortcode) : cond("name", "eq", body.name);
  return print(and(cond("archived", "eq", "without"), key));
}

export function isLostCreate(row: ClientFullData, body: CreateClientBody, since: number): boolean {
  if (row.name !== body.name.trim()) return false;
  if (body.external_id && row.external_id !== body.external_id) return false;
  if (body.external_id && body.external_origin && row.external_origin !== body.external_origin) return false;
  return Date.parse(row.created_at) >= since - CLOCK_SKEW_MS;
}

export async function findLostCreate(
  http: HttpClient,
  body: CreateClientBody,
  since: number,
): Promise<ClientFullData | null> {
  const page = await listClientsFull(http, {
    filter: lostCreateFilter(body),
    include: ["projects"],
    sort: ["-created_at"],
    pageSize: 100,
  });
  return page.data.find((row) => isLostCreate(row, body, since)) ?? null;
}
