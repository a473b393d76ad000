import { normalize, print } from "../../../filter/index.ts";
import { withArchived } from "../../../kanbert/archived.ts";
import type { FilterViewState, ViewSnapshot } from "../types.ts";

/** The saved form of a view: the archived mode rides inside the filter text, as the API sees it. */
export function snapshotOf(view: FilterViewState): ViewSnapshot {
  return {
    filter: print(normalize(withArchived(view.filter, view.archived))),
    sort: view.sort.map(({ key, desc }) => (desc ? `-${key}` : key)).join(","),
    columns: [...view.columns],
  };
}

/**
 * The `/clients` search params of a saved view; the clients route checks them and takes the
 * archived mode out of the filter.
 */
export function searchOf(view: ViewSnapshot): { filter?: string; sort?: string; cols?: string } {
  return {
    filter: view.filter === "" ? undefined : view.filter,
    sort: view.sort === "" ? undefined : view.sort,
    cols: view.columns.length === 0 ? undefined : view.columns.join(","),
  };
}
