import { isList, type SpecialName, special, todayOffset } from "../../../../filter/index.ts";
import { cn } from "../../../../lib/cn.ts";
import { controlClasses } from "../styles.ts";
import type { EditorProps } from "./editor-props.ts";

const MACROS: Readonly<Record<string, string>> = {
  today: "Today",
  now: "Now",
  sow: "Start of this week",
  eow: "End of this week",
  som: "Start of this month",
  eom: "End of this month",
};

type Mode = "date" | "ago" | "ahead" | SpecialName;

/** A fixed date, or one of the macros (`today`, `today-30d`, `sow`, `eom`, …) the field allows. */
export function DateEditor({
  value,
  onChange,
  label,
  aria,
  specials,
}: EditorProps & { specials: readonly SpecialName[] }) {
  const scalar = value === undefined || isList(value) ? undefined : value;
  let mode: Mode = "date";
  let days = 7;
  if (typeof scalar === "object" && scalar !== null) {
    if (scalar.kind === "special") mode = scalar.name;
    else {
      mode = scalar.days < 0 ? "ago" : scalar.days > 0 ? "ahead" : "today";
      days = Math.abs(scalar.days);
    }
  }
  const setMode = (next: string) => {
    if (next === "date") onChange(undefined);
    else if (next === "ago") onChange(todayOffset(-days));
    else if (next === "ahead") onChange(todayOffset(days));
    else {
      const name = specials.find((candidate) => candidate === next);
      if (name) onChange(special(name));
    }
  };
  return (
    <span className="flex items-center gap-1.5">
      <select
        aria-label={`${label}: kind of date`}
        className={cn(controlClasses, "w-44")}
        value={mode}
        onChange={(e) => setMode(e.target.value)}
      >
        <option value="date">On a date…</option>
        {specials.map((name) => (
          <option key={name} value={name}>
            {MACROS[name] ?? name}
          </option>
        ))}
        {specials.includes("today") && (
          <>
            <option value="ago">Days ago…</option>
            <option value="ahead">Days from now…</option>
          </>
        )}
      </select>
      {mode === "date" && (
        <input
          type="date"
          aria-label={label}
          className={cn(controlClasses, "w-40")}
          value={typeof scalar === "string" ? scalar.slice(0, 10) : ""}
          onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value)}
          {...aria}
        />
      )}
      {(mode === "ago" || mode === "ahead") && (
        <input
          type="number"
          min={0}
          aria-label={`Number of days ${mode === "ago" ? "ago" : "from now"}`}
          className={cn(controlClasses, "w-20")}
          value={days}
          onChange={(e) =>
            onChange(todayOffset((mode === "ago" ? -1 : 1) * Math.max(0, Math.trunc(Number(e.target.value)))))
          }
          {...aria}
        />
      )}
    </span>
  );
}
