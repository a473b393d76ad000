import { buttonClasses } from "../../ui/button-classes.ts";
import { deferred } from "../../ui/deferred.tsx";
import { topLevelParts } from "./chips/describe.ts";
import { BookmarkIcon, ChevronDownIcon } from "./icons.tsx";
import type { FilterButtonProps } from "./panel/filter-button.tsx";
import { FilterTriggerLabel, filterTriggerClass } from "./panel/filter-trigger.tsx";
import { loadFilterPanel } from "./panel/lazy-filter-panel.tsx";
import type { SavedViewsMenuProps } from "./views/saved-views-menu.tsx";

/**
 * "Filter" and "Views" load with their popover and menu code after the table has painted; until
 * then the same buttons stand in, marked unavailable (`StandInProps`). Pointing at Filter's stand-in
 * or focusing it also loads the panel's code, as the real button does.
 */
export const DeferredFilterButton = deferred<FilterButtonProps>(
  () => import("./panel/filter-button.tsx").then((module) => module.FilterButton),
  ({ filter }, standIn) => {
    const count = topLevelParts(filter).length;
    return (
      <button type="button" className={filterTriggerClass(count)} {...standIn}>
        <FilterTriggerLabel count={count} />
      </button>
    );
  },
  { onIntent: () => void loadFilterPanel().catch(() => undefined) },
);

export const DeferredSavedViewsMenu = deferred<SavedViewsMenuProps>(
  () => import("./views/saved-views-menu.tsx").then((module) => module.SavedViewsMenu),
  (_props, standIn) => (
    <button type="button" className={buttonClasses("secondary", "sm")} {...standIn}>
      <BookmarkIcon />
      Views
      <ChevronDownIcon />
    </button>
  ),
);
