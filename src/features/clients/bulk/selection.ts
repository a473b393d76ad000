import type { ArchivedMode } from "../../../kanbert/catalogue.ts";

/**
 * What the person has selected in the clients table. Either some rows by id, or every client the
 * view's filter matches minus the rows unticked since — kept as the view itself, never as a list of
 * every id, so it holds for 100,000 clients. Pure: no React, no DOM.
 */

export interface SelectionScope {
  /** The filter as the API receives it (archived mode included), "" for none. */
  filter: string;
  sort: string;
  archived: ArchivedMode;
}

export type Selection =
  | { kind: "ids"; ids: ReadonlySet<string>; anchor: string | null }
  | {
      kind: "matching";
      scope: SelectionScope;
      excludedIds: ReadonlySet<string>;
      /** How many are selected, once a walk of the filter has counted them; null until then. */
      count: number | null;
      anchor: string | null;
    };

export const NO_SELECTION: Selection = { kind: "ids", ids: new Set(), anchor: null };

export function isSelected(selection: Selection, id: string): boolean {
  return selection.kind === "ids" ? selection.ids.has(id) : !selection.excludedIds.has(id);
}

export function isEmpty(selection: Selection): boolean {
  return selection.kind === "ids" && selection.ids.size === 0;
}

function setMany(
  selection: Selection,
  ids: readonly string[],
  on: boolean,
  anchor: string | null,
): Selection {
  if (selection.kind === "ids") {
    const next = new Set(selection.ids);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    return { kind: "ids", ids: next, anchor };
  }
  const excluded = new Set(selection.excludedIds);
  for (const id of ids) {
    if (on) excluded.delete(id);
    else excluded.add(id);
  }
  // A counted selection stays counted: each row that changed state moves the count by one.
  const count =
    selection.count === null ? null : selection.count + selection.excludedIds.size - excluded.size;
  return { ...selection, excludedIds: excluded, count, anchor };
}

/** A click or Space: flips one row, which becomes the anchor of the next range. */
export function toggle(selection: Selection, id: string): Selection {
  return setMany(selection, [id], !isSelected(selection, id), id);
}

/**
 * A Shift-click or Shift+Up/Down: every row from the anchor to `id` (in the loaded order) takes
 * the anchor's state; without an anchor it is a plain toggle. The anchor stays.
 */
export function extendTo(selection: Selection, orderedIds: readonly string[], id: string): Selection {
  const from = selection.anchor === null ? -1 : orderedIds.indexOf(selection.anchor);
  const to = orderedIds.indexOf(id);
  if (from < 0 || to < 0 || selection.anchor === null) return toggle(selection, id);
  const range = orderedIds.slice(Math.min(from, to), Math.max(from, to) + 1);
  return setMany(selection, range, isSelected(selection, selection.anchor), selection.anchor);
}

/** The header checkbox and Ctrl+A: every loaded row. */
export function selectLoaded(loadedIds: readonly string[]): Selection {
  return { kind: "ids", ids: new Set(loadedIds), anchor: null };
}

/** "Select all clients that match this filter". */
export function selectMatching(scope: SelectionScope): Selection {
  return { kind: "matching", scope, excludedIds: new Set(), count: null, anchor: null };
}

/**
 * The count a walk of the filter found (a run or an export), for the "all matching" selection it
 * walked: kept only if nothing was unticked or ticked since the walk began (same excluded set).
 * The same count again returns the same selection, so a run's progress does not re-render the table.
 */
export function withCount(selection: Selection, walked: ReadonlySet<string>, count: number): Selection {
  if (selection.kind !== "matching" || selection.excludedIds !== walked || selection.count === count)
    return selection;
  return { ...selection, count };
}

/** The header checkbox's state over the loaded rows. */
export function loadedState(selection: Selection, loadedIds: readonly string[]): "all" | "some" | "none" {
  const count = loadedIds.filter((id) => isSelected(selection, id)).length;
  if (count === 0) return "none";
  return count === loadedIds.length ? "all" : "some";
}

/** How many are selected; null while "all matching" has not been counted. */
export function selectedCount(selection: Selection): number | null {
  return selection.kind === "ids" ? selection.ids.size : selection.count;
}

const sameScope = (a: SelectionScope, b: SelectionScope) =>
  a.filter === b.filter && a.sort === b.sort && a.archived === b.archived;

/**
 * The selection of a view whose scope may have changed: a change of filter, sort or archived mode
 * clears it (the rows it named may no longer be shown); anything else — scrolling, new pages, a
 * refetch — keeps it.
 */
export function followScope(
  selection: Selection,
  previous: SelectionScope,
  next: SelectionScope,
): { selection: Selection; cleared: boolean } {
  if (sameScope(previous, next)) return { selection, cleared: false };
  return { selection: NO_SELECTION, cleared: !isEmpty(selection) };
}
