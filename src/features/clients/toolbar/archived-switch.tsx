import type { ArchivedMode } from "../../../kanbert/catalogue.ts";
import { cn } from "../../../lib/cn.ts";

const OPTIONS: readonly { mode: ArchivedMode; label: string }[] = [
  { mode: "without", label: "Active" },
  { mode: "only", label: "Archived" },
  { mode: "with", label: "All" },
];

export interface ArchivedSwitchProps {
  value: ArchivedMode;
  onChange: (mode: ArchivedMode) => void;
}

/** Active / Archived / All as a segmented radio group (native radios: arrow keys work). */
export function ArchivedSwitch({ value, onChange }: ArchivedSwitchProps) {
  return (
    <fieldset className="inline-flex rounded-md border border-slate-300 bg-slate-100 p-0.5 dark:border-slate-600 dark:bg-slate-800">
      <legend className="sr-only">Archived clients</legend>
      {OPTIONS.map(({ mode, label }) => (
        <label key={mode} className="relative">
          <input
            type="radio"
            name="clients-archived"
            value={mode}
            checked={value === mode}
            onChange={() => onChange(mode)}
            className="peer absolute inset-0 z-10 cursor-pointer opacity-0"
          />
          <span
            className={cn(
              "inline-flex h-8 cursor-pointer items-center rounded px-3 text-sm font-medium text-slate-600 select-none dark:text-slate-300",
              "peer-checked:bg-white peer-checked:text-slate-900 peer-checked:shadow-sm dark:peer-checked:bg-slate-950 dark:peer-checked:text-white",
              "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-1 peer-focus-visible:outline-indigo-600 dark:peer-focus-visible:outline-indigo-400",
            )}
          >
            {label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
