import { print } from "../../../filter/index.ts";
import { printSort } from "../view/sort.ts";
import { apiFilter, type ClientsView } from "../view/url-state.ts";
import type { ClientListParams } from "./keys.ts";

/** The canonical list params of a view: what the API receives, and so what the cache is keyed by. */
export function listParamsOf(view: Pick<ClientsView, "filter" | "archived" | "sort">): ClientListParams {
  return { filter: print(apiFilter(view)), archived: view.archived, sort: printSort(view.sort) };
}
