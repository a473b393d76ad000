import type { ClientSegment } from "../../../kanbert/schemas.ts";
import { cn } from "../../../lib/cn.ts";
import { chipClasses } from "./toggle-chip.tsx";

const SEGMENTS: readonly ClientSegment[] = ["A", "B", "C"];

export interface SegmentChipsProps {
  selected: readonly ClientSegment[];
  onChange: (segments: ClientSegment[]) => void;
}

/** Segment A/B/C as pressed buttons; none (or all) pressed means every segment. */
export function SegmentChips({ selected, onChange }: SegmentChipsProps) {
  const toggle = (segment: ClientSegment) =>
    onChange(selected.includes(segment) ? selected.filter((s) => s !== segment) : [...selected, segment]);
  return (
    <fieldset className="inline-flex">
      <legend className="sr-only">Segment</legend>
      <span aria-hidden="true" className="mr-2 self-center text-sm text-slate-600 dark:text-slate-400">
        Segment
      </span>
      {SEGMENTS.map((segment, i) => (
        <button
          key={segment}
          type="button"
          aria-pressed={selected.includes(segment)}
          aria-label={`Segment ${segment}`}
          onClick={() => toggle(segment)}
          className={cn(
            chipClasses(selected.includes(segment)),
            "relative w-9 justify-center px-0 focus-visible:z-10",
            i > 0 && "-ml-px",
            i === 0 ? "rounded-r-none" : i === SEGMENTS.length - 1 ? "rounded-l-none" : "rounded-none",
          )}
        >
          {segment}
        </button>
      ))}
    </fieldset>
  );
}
