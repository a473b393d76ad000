import { Button } from "../../../ui/button.tsx";
import type { ClientsViewController } from "../use-clients-view.ts";
import { readQuickFilters, withMine, withSearch, withSegments, withShared } from "../view/quick-filters.ts";
import { ArchivedSwitch } from "./archived-switch.tsx";
import { SearchBox } from "./search-box.tsx";
import { SegmentChips } from "./segment-chips.tsx";
import { ToggleChip } from "./toggle-chip.tsx";

/**
 * The quick filters: each control reads its state from the view's filter AST and writes back the
 * AST with its one condition changed, so they compose with whatever else the filter holds.
 */
export function QuickFiltersBar({ controller }: { controller: ClientsViewController }) {
  const { view, editFilter, setArchived, clearFilters } = controller;
  const quick = readQuickFilters(view.filter);
  const filtered = view.filter !== null || view.archived !== "without";
  return (
    <search aria-label="Filter clients" className="flex flex-wrap items-center gap-x-4 gap-y-3">
      <SearchBox
        value={quick.search}
        onSearch={(text) => editFilter((ast) => withSearch(ast, text), { replace: true })}
      />
      <SegmentChips
        selected={quick.segments}
        onChange={(segments) => editFilter((ast) => withSegments(ast, segments))}
      />
      <div className="flex flex-wrap gap-2">
        <ToggleChip pressed={quick.mine} onPressedChange={(on) => editFilter((ast) => withMine(ast, on))}>
          My clients
        </ToggleChip>
        <ToggleChip pressed={quick.shared} onPressedChange={(on) => editFilter((ast) => withShared(ast, on))}>
          Shared with us
        </ToggleChip>
      </div>
      <ArchivedSwitch value={view.archived} onChange={setArchived} />
      {filtered && (
        <Button variant="ghost" size="sm" onClick={clearFilters}>
          Clear filters
        </Button>
      )}
    </search>
  );
}
