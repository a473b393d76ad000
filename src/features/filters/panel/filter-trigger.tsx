import { cn } from "../../../lib/cn.ts";
import { buttonClasses } from "../../../ui/button-classes.ts";
import { FilterIcon } from "../icons.tsx";

/** What "Filter" shows: the icon, the word and how many conditions are applied. */
export function FilterTriggerLabel({ count }: { count: number }) {
  return (
    <>
      <FilterIcon />
      Filter
      {count > 0 && (
        <span className="rounded-full bg-indigo-600 px-1.5 text-xs leading-5 font-semibold text-white">
          {count}
          <span className="sr-only"> {count === 1 ? "condition" : "conditions"}</span>
        </span>
      )}
    </>
  );
}

export function filterTriggerClass(count: number): string {
  return cn(buttonClasses("secondary", "sm"), count > 0 && "border-indigo-300 dark:border-indigo-700");
}
