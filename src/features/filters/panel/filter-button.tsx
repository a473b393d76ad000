import * as Dialog from "@radix-ui/react-dialog";
import * as Popover from "@radix-ui/react-popover";
import { type KeyboardEvent as ReactKeyboardEvent, useState } from "react";
import type { Catalogue, FilterNode } from "../../../filter/index.ts";
import { cn } from "../../../lib/cn.ts";
import { useMediaQuery } from "../../../lib/use-media-query.ts";
import { topLevelParts } from "../chips/describe.ts";
import { FilterTriggerLabel, filterTriggerClass } from "./filter-trigger.tsx";
import { LazyFilterPanel, loadFilterPanel } from "./lazy-filter-panel.tsx";

export interface FilterButtonProps {
  filter: FilterNode | null;
  catalogue: Catalogue;
  /** The panel's heading and accessible name, e.g. "Filter clients". */
  title: string;
  onApply: (ast: FilterNode | null) => void;
}

/** Below this width the panel is a full-screen sheet instead of a popover under the button. */
const NARROW = "(max-width: 639px)";

/** Escape first closes an open suggestion list inside the panel. */
function keepOpenWhileSuggesting(event: KeyboardEvent | ReactKeyboardEvent) {
  const target = event.target;
  if (
    target instanceof HTMLElement &&
    (target.getAttribute("aria-expanded") === "true" || target.dataset.suggesting)
  )
    event.preventDefault();
}

/**
 * "Filter" in the table's toolbar: opens the builder / text panel on the applied filter. The
 * panel never leaves the window: under the button its height is what the window has left (the
 * body scrolls, the footer with Apply stays), and on narrow screens it fills the screen.
 */
export function FilterButton({ filter, catalogue, title, onApply }: FilterButtonProps) {
  const [open, setOpen] = useState(false);
  const narrow = useMediaQuery(NARROW);
  const count = topLevelParts(filter).length;
  const onOpenChange = setOpen;
  // Pointing at or focusing the button loads the panel's chunk, so opening is instant.
  const prefetch = () => void loadFilterPanel().catch(() => undefined);
  const trigger = <FilterTriggerLabel count={count} />;
  const triggerClass = filterTriggerClass(count);
  const panel = (
    <LazyFilterPanel
      filter={filter}
      catalogue={catalogue}
      title={title}
      onCancel={() => setOpen(false)}
      onApply={(ast) => {
        onApply(ast);
        setOpen(false);
      }}
    />
  );
  const surface = "bg-white focus:outline-none dark:bg-slate-900";

  if (narrow)
    return (
      <Dialog.Root open={open} onOpenChange={onOpenChange}>
        <Dialog.Trigger onPointerEnter={prefetch} onFocus={prefetch} className={triggerClass}>
          {trigger}
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Content
            aria-describedby={undefined}
            data-float-host=""
            onEscapeKeyDown={keepOpenWhileSuggesting}
            className={cn("fixed inset-0 z-40 flex flex-col", surface)}
          >
            <Dialog.Title className="sr-only">{title}</Dialog.Title>
            {panel}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    );

  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger onPointerEnter={prefetch} onFocus={prefetch} className={triggerClass}>
        {trigger}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={16}
          aria-label={title}
          data-float-host=""
          onEscapeKeyDown={keepOpenWhileSuggesting}
          className={cn(
            "relative z-40 flex max-h-[min(42rem,var(--radix-popover-content-available-height))] w-[min(56rem,calc(100vw-2rem))] flex-col rounded-xl border border-slate-200 shadow-2xl dark:border-slate-700",
            surface,
          )}
        >
          {panel}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
