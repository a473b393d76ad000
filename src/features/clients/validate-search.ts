import type { ArchivedMode } from "../../kanbert/catalogue.ts";
import { optionalOneOf, optionalText } from "../../lib/search-values.ts";
import type { ClientsSearch } from "./search.ts";

/** The API's archived modes; spelled out here so the entry chunk need not load the catalogue. */
export const ARCHIVED_SEARCH_MODES = ["with", "only", "without"] as const satisfies readonly ArchivedMode[];

/**
 * The router's check of `/clients` search params (entry chunk: no zod). Agrees with
 * `clientsSearchSchema`, which gives the type: anything malformed is dropped, never rejected.
 */
export function validateClientsSearch(search: Record<string, unknown>): ClientsSearch {
  return {
    filter: optionalText(search.filter),
    sort: optionalText(search.sort),
    archived: optionalOneOf(search.archived, ARCHIVED_SEARCH_MODES),
    cols: optionalText(search.cols),
  };
}
