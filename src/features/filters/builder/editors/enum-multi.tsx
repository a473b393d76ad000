import { cn } from "../../../../lib/cn.ts";
import { type EditorProps, listOf } from "./editor-props.ts";

/** `in` / `nin` over an enum: one toggle per value. */
export function EnumMulti({
  value,
  onChange,
  label,
  aria,
  options,
}: EditorProps & { options: readonly string[] }) {
  const chosen = listOf(value);
  const extra = chosen.filter((item): item is string => typeof item === "string" && !options.includes(item));
  const toggle = (option: string) =>
    onChange(chosen.includes(option) ? chosen.filter((item) => item !== option) : [...chosen, option]);
  return (
    <fieldset aria-label={label} className="flex flex-wrap gap-1" aria-describedby={aria["aria-describedby"]}>
      {[...options, ...extra].map((option) => (
        <label
          key={option}
          className={cn(
            "relative inline-flex h-8 min-w-8 cursor-pointer items-center justify-center rounded-md border px-2.5 text-sm font-medium has-focus-visible:outline-2 has-focus-visible:outline-indigo-600",
            chosen.includes(option)
              ? "border-indigo-600 bg-indigo-600 text-white"
              : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800",
          )}
        >
          <input
            type="checkbox"
            className="absolute inset-0 cursor-pointer opacity-0"
            checked={chosen.includes(option)}
            onChange={() => toggle(option)}
          />
          {option}
        </label>
      ))}
    </fieldset>
  );
}
