import { type FilterNode, parse, print, validate } from "../../../filter/index.ts";
import { DEFAULT_ARCHIVED, splitArchived, withArchived } from "../../../kanbert/archived.ts";
import { type ArchivedMode, clientsFullCatalogue } from "../../../kanbert/catalogue.ts";
import { type ClientsSearch, clientsSearchSchema } from "../search.ts";
import { type ClientColumnId, COLUMN_IDS, isColumnId } from "./column-catalogue.ts";
import { parseSort, printSort, type SortKey } from "./sort.ts";

/**
 * The URL is the state of the clients view. The route validates its search params with
 * `clientsSearchSchema` (zod/mini, in `../search.ts`; anything malformed is dropped, never thrown),
 * then `readView` turns them into a checked view and the notices a person should see about what a
 * shared link got wrong.
 */
export { type ClientsSearch, clientsSearchSchema };

const DEFAULT_SORT: readonly SortKey[] = [{ key: "name", desc: false }];

export { DEFAULT_ARCHIVED };

export interface ClientsView {
  /** The filter without `archived` (that one lives in `archived`). */
  filter: FilterNode | null;
  sort: SortKey[];
  archived: ArchivedMode;
  columns: ClientColumnId[];
  /** Problems found in the URL, in plain words; the view falls back to a safe default for each. */
  notices: string[];
}

function readFilter(
  text: string | undefined,
  notices: string[],
): { ast: FilterNode | null; archived?: ArchivedMode } {
  if (!text) return { ast: null };
  const parsed = parse(text);
  if (!parsed.ok) {
    notices.push(`The filter in this link is not valid (${parsed.error.message}), so it was left out.`);
    return { ast: null };
  }
  const [issue] = validate(parsed.ast, clientsFullCatalogue);
  if (issue) {
    notices.push(`The filter in this link is not valid (${issue.message}), so it was left out.`);
    return { ast: null };
  }
  const { mode, rest } = splitArchived(parsed.ast);
  return mode ? { ast: rest, archived: mode } : { ast: rest };
}

function readColumns(text: string | undefined, notices: string[]): ClientColumnId[] {
  if (text === undefined) return [...COLUMN_IDS];
  const items = text.split(",").filter((item) => item !== "");
  const unknown = items.filter((item) => !isColumnId(item));
  if (unknown.length > 0)
    notices.push(`Unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} ignored.`);
  const known = [...new Set(items.filter(isColumnId))];
  if (!known.includes("name")) known.unshift("name");
  return known;
}

export function readView(search: ClientsSearch): ClientsView {
  const notices: string[] = [];
  const { ast, archived } = readFilter(search.filter, notices);
  let sort = search.sort ? parseSort(search.sort, clientsFullCatalogue.sorts) : [...DEFAULT_SORT];
  if (search.sort && printSort(sort) !== search.sort) {
    notices.push(
      `The sort "${search.sort}" was not understood in full; sorting by ${printSort(sort) || "name"}.`,
    );
  }
  if (sort.length === 0) sort = [...DEFAULT_SORT];
  return {
    filter: ast,
    sort,
    archived: search.archived ?? archived ?? DEFAULT_ARCHIVED,
    columns: readColumns(search.cols, notices),
    notices,
  };
}

/** The search params for a view; defaults are left out so URLs stay short. */
export function writeView(view: Omit<ClientsView, "notices">): ClientsSearch {
  const sort = printSort(view.sort);
  const cols = view.columns.join(",");
  return {
    filter: view.filter ? print(view.filter) : undefined,
    sort: sort === printSort(DEFAULT_SORT) ? undefined : sort,
    archived: view.archived === DEFAULT_ARCHIVED ? undefined : view.archived,
    cols: cols === COLUMN_IDS.join(",") ? undefined : cols,
  };
}

/** The filter the API receives: the view's filter with its archived mode as a top-level condition. */
export function apiFilter(view: Pick<ClientsView, "filter" | "archived">): FilterNode | null {
  return withArchived(view.filter, view.archived);
}
