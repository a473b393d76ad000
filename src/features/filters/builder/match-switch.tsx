import { useId } from "react";
import { cn } from "../../../lib/cn.ts";

const OPTIONS = [
  { kind: "and", label: "All", hint: "of these are true" },
  { kind: "or", label: "Any", hint: "of these are true" },
] as const;

/** The all/any (and/or) switch of a group, as a two-option radio group. */
export function MatchSwitch({
  kind,
  name,
  onChange,
}: {
  kind: "and" | "or";
  name: string;
  onChange: (kind: "and" | "or") => void;
}) {
  const radioName = useId();
  return (
    <div className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <div
        role="radiogroup"
        aria-label={`Match for ${name}`}
        className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 dark:border-slate-600 dark:bg-slate-900"
      >
        {OPTIONS.map((option) => (
          <label
            key={option.kind}
            className={cn(
              "relative cursor-pointer rounded px-2.5 py-0.5 text-sm font-medium has-focus-visible:outline-2 has-focus-visible:outline-indigo-600",
              kind === option.kind
                ? "bg-indigo-600 text-white"
                : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
            )}
          >
            <input
              type="radio"
              className="absolute inset-0 cursor-pointer opacity-0"
              name={radioName}
              checked={kind === option.kind}
              onChange={() => onChange(option.kind)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <span aria-hidden="true">of these are true</span>
    </div>
  );
}
