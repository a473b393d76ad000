/** Public entry of the filters feature: visual builder, text editor, chips and saved views. */
export { FilterChips } from "./chips/filter-chips.tsx";
export { DeferredFilterButton, DeferredSavedViewsMenu } from "./deferred-controls.tsx";
export { FilterBar } from "./filter-bar.tsx";
export type { SavedViewsPage, ViewSnapshot } from "./types.ts";
export { SAVED_COMMENT_VIEWS_KEY } from "./views/storage-keys.ts";
