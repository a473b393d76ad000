/** Public entry of the filters feature: visual builder, text editor, chips and saved views. */
export { FilterChips } from "./chips/filter-chips.tsx";
export { FilterBar } from "./filter-bar.tsx";
