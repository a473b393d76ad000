import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback, useMemo } from "react";
import { type FilterNode, normalize } from "../../filter/index.ts";
import { splitArchived } from "../../kanbert/archived.ts";
import type { ArchivedMode } from "../../kanbert/catalogue.ts";
import type { ClientListParams } from "./api/keys.ts";
import { listParamsOf } from "./api/list-params.ts";
import type { ClientColumnId } from "./view/column-catalogue.ts";
import { type SortKey, visibleSort } from "./view/sort.ts";
import { type ClientsView, DEFAULT_ARCHIVED, readView, writeView } from "./view/url-state.ts";

type ViewPatch = Partial<Omit<ClientsView, "notices">>;

export interface ClientsViewController {
  /** The checked view the URL describes, with notices about what a link got wrong. */
  view: ClientsView;
  /** The canonical list params of the view (the query key and what the API receives). */
  params: ClientListParams;
  /**
   * Replaces the filter (everything but the archived mode; a top-level `archived` condition in
   * `ast` becomes the archived mode). `replace` rewrites the history entry, for typing.
   */
  setFilter: (ast: FilterNode | null, options?: { replace?: boolean }) => void;
  /**
   * Like `setFilter`, applied to the filter the URL holds at that moment (safe for debounced or
   * queued edits): `editFilter((ast) => withSearch(ast, text), { replace: true })`.
   */
  editFilter: (edit: (ast: FilterNode | null) => FilterNode | null, options?: { replace?: boolean }) => void;
  setSort: (sort: SortKey[]) => void;
  setArchived: (mode: ArchivedMode) => void;
  setColumns: (columns: ClientColumnId[]) => void;
  /** No filter and the default archived mode; sort and columns stay. */
  clearFilters: () => void;
}

/** A filter from the builder or the text editor: its top-level `archived` becomes the archived mode. */
function filterPatch(ast: FilterNode | null): ViewPatch {
  const { mode, rest } = splitArchived(normalize(ast));
  return mode ? { filter: rest, archived: mode } : { filter: rest };
}

/**
 * The one controller of the clients view: reads it from the URL and writes every change back to
 * the URL (the only place the view lives). Quick filters, the visual builder and the text editor
 * all edit the same filter AST through `setFilter`.
 */
export function useClientsView(): ClientsViewController {
  const search = useSearch({ from: "/clients" });
  const navigate = useNavigate({ from: "/clients" });
  const { filter, sort, archived, cols } = search;
  const view = useMemo(() => readView({ filter, sort, archived, cols }), [filter, sort, archived, cols]);
  const params = useMemo(() => listParamsOf(view), [view]);

  const update = useCallback(
    (patch: ViewPatch | ((current: ClientsView) => ViewPatch), replace = false) =>
      void navigate({
        search: (previous) => {
          const current = readView(previous);
          return writeView({ ...current, ...(typeof patch === "function" ? patch(current) : patch) });
        },
        replace,
        resetScroll: false,
      }),
    [navigate],
  );

  return useMemo(
    () => ({
      view,
      params,
      setFilter: (ast, options) => update(filterPatch(ast), options?.replace),
      editFilter: (edit, options) => update((current) => filterPatch(edit(current.filter)), options?.replace),
      setSort: (next) => update({ sort: next }),
      setArchived: (mode) => update({ archived: mode }),
      // A hidden column cannot show its sort indicator, so hiding it drops it from the sort.
      setColumns: (columns) => update({ columns, sort: visibleSort(view.sort, columns) }),
      clearFilters: () => update({ filter: null, archived: DEFAULT_ARCHIVED }),
    }),
    [view, params, update],
  );
}
