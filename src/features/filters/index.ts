/** Public entry of the filters feature: visual builder, text editor, chips and saved views. */
export { describeFilter, topLevelParts } from "./chips/describe.ts";
export { FilterChips, type FilterChipsProps } from "./chips/filter-chips.tsx";
export { FilterBar } from "./filter-bar.tsx";
export type { FilterController, FilterViewState } from "./types.ts";
