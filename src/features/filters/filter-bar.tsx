import { clientsFullCatalogue } from "../../kanbert/catalogue.ts";
import { FilterChips } from "./chips/filter-chips.tsx";
import { FilterButton } from "./panel/filter-button.tsx";
import type { FilterController } from "./types.ts";
import { SavedViewsMenu } from "./views/saved-views-menu.tsx";

/**
 * The filter controls of the clients table: "Filter" (builder and text), "Views" (saved views)
 * and the applied filter as removable chips. Everything goes through the view controller, so the
 * quick filters, the chips and the builder always show the same AST.
 */
export function FilterBar({ controller }: { controller: FilterController }) {
  const { view, setFilter, setArchived } = controller;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <FilterButton filter={view.filter} catalogue={clientsFullCatalogue} onApply={(ast) => setFilter(ast)} />
      <SavedViewsMenu current={view} catalogue={clientsFullCatalogue} />
      <FilterChips
        filter={view.filter}
        archived={view.archived}
        catalogue={clientsFullCatalogue}
        onChange={(ast) => setFilter(ast)}
        onArchivedChange={setArchived}
      />
    </div>
  );
}
