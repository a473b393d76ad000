import type { ArchivedMode } from "../../../kanbert/catalogue.ts";

/**
 * The canonical parameters of a clients list: the filter as `print` spells it (archived mode
 * included, "" for none), the archived mode on its own (so the cache reads it without parsing the
 * filter) and the sort as the API spells it. The cursor never belongs in a key.
 */
export interface ClientListParams {
  filter: string;
  archived: ArchivedMode;
  sort: string;
}

/** Query keys of clients, as one hierarchy: invalidate `all` to refresh every list and detail. */
export const clientKeys = {
  all: ["clients"] as const,
  lists: () => [...clientKeys.all, "list"] as const,
  list: (params: ClientListParams) =>
    [...clientKeys.lists(), { filter: params.filter, archived: params.archived, sort: params.sort }] as const,
  details: () => [...clientKeys.all, "detail"] as const,
  detail: (id: string) => [...clientKeys.details(), id] as const,
};
