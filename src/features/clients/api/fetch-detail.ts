import { and, cond, print } from "../../../filter/index.ts";
import type { ArchivedMode } from "../../../kanbert/catalogue.ts";
import { getClient, listClientsFull } from "../../../kanbert/clients.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import type { ClientLookup } from "../../../kanbert/query.ts";
import type { ClientData, ClientFullData } from "../../../kanbert/schemas.ts";
import type { CachedRow } from "./client-cache.ts";
import { type ClientDetail, mergeDetail } from "./detail-model.ts";

/**
 * Loads one client for the detail page with as few round trips as the API allows:
 *
 * 1. `GET /clients/{key}` (with `find_by`/`origin`): the slim ClientData; answers 404 for unknown
 *    clients and still finds archived ones.
 * 2. A full row (segment, dates, projects) and the archived state. `/clients/full` cannot filter
 *    by id (not a catalogue field), so we ask for the unique shortcode and pick the row whose id
 *    matches; a client without a shortcode falls back to `name eq`, which can list namesakes (we
 *    still pick by id, among the first 100 of them — the one limit of this approach).
 *    - A cached list row from an `archived eq without|only` list settles both: no request.
 *    - Otherwise `archived eq "without"` first (most clients are active), then `"only"`.
 *    - A row cached from an `archived eq "with"` list only lacks the archived state: one `"only"` ask.
 *
 * So: one request with a list-cache hit, two for an active client not in any cached list, three for
 * an archived one.
 */
export async function fetchClientDetail(
  http: HttpClient,
  lookup: ClientLookup,
  cached: CachedRow | null,
  signal?: AbortSignal,
): Promise<ClientDetail> {
  const client = await getClient(http, lookup, signal);
  const hit = cached?.row.id === client.id ? cached : null;
  if (hit && hit.mode !== "with") return mergeDetail(client, hit.row, hit.mode === "only");
  const modes: ArchivedMode[] = hit ? ["only"] : ["without", "only"];
  for (const mode of modes) {
    const row = await findFullRow(http, client, mode, signal);
    if (row) return mergeDetail(client, row, mode === "only");
  }
  return mergeDetail(client, hit?.row ?? null, false);
}

/** The filter that finds a client's full row in one archived mode. */
export function fullRowFilter(client: Pick<ClientData, "name" | "shortcode">, mode: ArchivedMode): string {
  const key =
    client.shortcode !== null ? cond("shortcode", "eq", client.shortcode) : cond("name", "eq", client.name);
  return print(and(cond("archived", "eq", mode), key));
}

async function findFullRow(
  http: HttpClient,
  client: ClientData,
  mode: ArchivedMode,
  signal?: AbortSignal,
): Promise<ClientFullData | null> {
  const page = await listClientsFull(
    http,
    { filter: fullRowFilter(client, mode), include: ["projects"], pageSize: 100 },
    signal,
  );
  return page.data.find((row) => row.id === client.id) ?? null;
}
