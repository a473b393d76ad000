import { useRouter } from "@tanstack/react-router";
import { clientsFullCatalogue } from "../../kanbert/catalogue.ts";
import { FilterChips } from "./chips/filter-chips.tsx";
import { DeferredFilterButton, DeferredSavedViewsMenu } from "./deferred-controls.tsx";
import type { FilterController, SavedViewsPage } from "./types.ts";
import { SAVED_VIEWS_KEY } from "./views/storage-keys.ts";
import { searchOf, snapshotOf } from "./views/view-search.ts";

/**
 * The filter controls of the clients table: "Filter" (builder and text), "Views" (saved views)
 * and the applied filter as removable chips. Everything goes through the view controller, so the
 * quick filters, the chips and the builder always show the same AST.
 */
export function FilterBar({ controller }: { controller: FilterController }) {
  const { view, setFilter, setArchived } = controller;
  const router = useRouter();
  const page: SavedViewsPage = {
    storageKey: SAVED_VIEWS_KEY,
    hrefOf: (saved) => router.buildLocation({ to: "/clients", search: searchOf(saved) }).href,
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <DeferredFilterButton
        filter={view.filter}
        catalogue={clientsFullCatalogue}
        title="Filter clients"
        onApply={(ast) => setFilter(ast)}
      />
      <DeferredSavedViewsMenu page={page} current={snapshotOf(view)} catalogue={clientsFullCatalogue} />
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
