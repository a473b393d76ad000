import { optionalFlag, optionalOneOf, optionalText } from "../../lib/search-values.ts";
import type { InboxSearch } from "./search.ts";

/** The inbox's sorts: newest / oldest thread first, or by last activity in the thread. */
export const INBOX_SORTS = ["newest", "oldest", "activity"] as const;

export const INBOX_VISIBILITIES = ["internal", "public"] as const;

/**
 * The router's check of `/comments` search params (entry chunk: no zod). Agrees with
 * `inboxSearchSchema`, which gives the type: anything malformed is dropped, never rejected.
 */
export function validateInboxSearch(search: Record<string, unknown>): InboxSearch {
  return {
    mentions: optionalFlag(search.mentions),
    visibility: optionalOneOf(search.visibility, INBOX_VISIBILITIES),
    last7: optionalFlag(search.last7),
    author: optionalText(search.author),
    client: optionalText(search.client),
    filter: optionalText(search.filter),
    sort: optionalOneOf(search.sort, INBOX_SORTS),
  };
}
