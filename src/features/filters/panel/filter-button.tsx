import * as Popover from "@radix-ui/react-popover";
import { useState } from "react";
import type { Catalogue, FilterNode } from "../../../filter/index.ts";
import { cn } from "../../../lib/cn.ts";
import { buttonClasses } from "../../../ui/button.tsx";
import { topLevelParts } from "../chips/describe.ts";
import { FilterIcon } from "../icons.tsx";
import { LazyFilterPanel, loadFilterPanel } from "./lazy-filter-panel.tsx";

export interface FilterButtonProps {
  filter: FilterNode | null;
  catalogue: Catalogue;
  onApply: (ast: FilterNode | null) => void;
}

/** "Filter" in the table's toolbar: opens the builder / text panel on the applied filter. */
export function FilterButton({ filter, catalogue, onApply }: FilterButtonProps) {
  const [open, setOpen] = useState(false);
  const count = topLevelParts(filter).length;
  // Pointing at or focusing the button loads the panel's chunk, so opening is instant.
  const prefetch = () => void loadFilterPanel().catch(() => undefined);
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        onPointerEnter={prefetch}
        onFocus={prefetch}
        className={cn(
          buttonClasses("secondary", "sm"),
          count > 0 && "border-indigo-300 dark:border-indigo-700",
        )}
      >
        <FilterIcon />
        Filter
        {count > 0 && (
          <span className="rounded-full bg-indigo-600 px-1.5 text-xs leading-5 font-semibold text-white">
            {count}
            <span className="sr-only"> {count === 1 ? "condition" : "conditions"}</span>
          </span>
        )}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={16}
          aria-label="Filter clients"
          data-float-host=""
          onEscapeKeyDown={(event) => {
            // Escape first closes an open suggestion list inside the panel.
            const target = event.target;
            if (
              target instanceof HTMLElement &&
              (target.getAttribute("aria-expanded") === "true" || target.dataset.suggesting)
            )
              event.preventDefault();
          }}
          className="relative z-40 w-[min(56rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white shadow-2xl focus:outline-none dark:border-slate-700 dark:bg-slate-900"
        >
          <LazyFilterPanel
            filter={filter}
            catalogue={catalogue}
            onCancel={() => setOpen(false)}
            onApply={(ast) => {
              onApply(ast);
              setOpen(false);
            }}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
