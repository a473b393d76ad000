import type { FilterNode } from "../../filter/index.ts";
import type { ArchivedMode } from "../../kanbert/catalogue.ts";

/**
 * What the filter UI needs of a list view's controller (the clients table's `useClientsView`
 * satisfies it): the applied view and a way to replace its filter.
 */
export interface FilterViewState {
  /** The filter without the archived mode. */
  filter: FilterNode | null;
  sort: readonly { key: string; desc: boolean }[];
  archived: ArchivedMode;
  columns: readonly string[];
}

export interface FilterController {
  view: FilterViewState;
  /** Replaces the filter; a top-level `archived` condition becomes the archived mode. */
  setFilter: (ast: FilterNode | null) => void;
  setArchived: (mode: ArchivedMode) => void;
}

/** A list page's state as a saved view holds it: canonical filter text, sort text, columns. */
export interface ViewSnapshot {
  filter: string;
  sort: string;
  columns: string[];
}

/** Where a page keeps its saved views, and the page's URL for one of them. */
export interface SavedViewsPage {
  /** The localStorage key of this page's views. */
  storageKey: string;
  /** The page's link showing `view`. */
  hrefOf: (view: ViewSnapshot) => string;
}
