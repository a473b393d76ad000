import { ClientData, type ClientFullData } from "../../../kanbert/schemas.ts";

/**
 * What the detail page shows of one client. `GET /clients/{id}` answers the slim ClientData only
 * (SPEC §5.5); segment, dates and projects come from a `/clients/full` row (SPEC §9), and the
 * archived state from which archived mode that row was found in.
 */
export interface ClientDetail {
  /** The ClientData fields, fresh from `GET /clients/{id}` (or from a full row until that answers). */
  client: ClientData;
  /** The full record (segment, dates, projects); null when no full row could be found. */
  full: ClientFullData | null;
  archived: boolean;
}

/** The ClientData part of a full row: the schema keeps exactly its own fields and drops the rest. */
export function toClientData(row: ClientData): ClientData {
  return ClientData.parse(row);
}

/**
 * Merges the slim record with a full row of the same client. The slim record wins for its own
 * fields (it is the one just fetched by id); a full row of another client is ignored.
 */
export function mergeDetail(
  client: ClientData,
  full: ClientFullData | null,
  archived: boolean,
): ClientDetail {
  const same = full !== null && full.id === client.id;
  return { client: toClientData(client), full: same ? { ...full, ...toClientData(client) } : null, archived };
}

/** A detail straight from a full row (list cache, create or restore answer). */
export function detailFromRow(row: ClientFullData, archived: boolean): ClientDetail {
  return { client: toClientData(row), full: row, archived };
}

/** Applies a change of fields to a detail entry, keeping both records in step. */
export function patchDetail(detail: ClientDetail, patch: Partial<ClientFullData>): ClientDetail {
  const { segment, created_at, updated_at, projects, ...slim } = patch;
  const full = detail.full ? { ...detail.full, ...patch } : null;
  return { ...detail, client: { ...detail.client, ...slim }, full };
}
