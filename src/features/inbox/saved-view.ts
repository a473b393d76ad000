import { normalize, parse, print } from "../../filter/index.ts";
import type { ViewSnapshot } from "../filters/index.ts";
import { inboxFilter, SORT_KEYS } from "./inbox-query.ts";
import type { InboxSearch } from "./search.ts";
import { INBOX_SORTS } from "./validate-search.ts";

/**
 * The inbox as a saved view: the whole filter (quick filters and typed filter, as canonical text)
 * and the sort key. The inbox has no columns.
 */
export function inboxSnapshot(search: InboxSearch): ViewSnapshot {
  const parsed = parse(inboxFilter(search));
  return {
    filter: parsed.ok && parsed.ast !== null ? print(normalize(parsed.ast)) : "",
    sort: SORT_KEYS[search.sort ?? "newest"],
    columns: [],
  };
}

/** The `/comments` search of a saved view: its filter becomes the typed filter. */
export function inboxSearchOf(view: ViewSnapshot): InboxSearch {
  const sort = INBOX_SORTS.find((s) => SORT_KEYS[s] === view.sort);
  return {
    filter: view.filter === "" ? undefined : view.filter,
    sort: sort === "newest" ? undefined : sort,
  };
}
