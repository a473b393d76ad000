import {
  and,
  type Catalogue,
  type FieldSpec,
  type FilterNode,
  normalize,
  print,
} from "../../../filter/index.ts";
import { type ArchivedMode, isUserField } from "../../../kanbert/catalogue.ts";
import { userName, useUserDirectory } from "../../users/index.ts";
import { CloseIcon } from "../icons.tsx";
import { describeFilter, topLevelParts } from "./describe.ts";

export interface FilterChipsProps {
  filter: FilterNode | null;
  /** The clients table's archived mode, a chip of its own (pages without one leave it out). */
  archived?: ArchivedMode;
  catalogue: Catalogue;
  onChange: (ast: FilterNode | null) => void;
  onArchivedChange?: (mode: ArchivedMode) => void;
}

const ARCHIVED_WORDS: Readonly<Record<ArchivedMode, string>> = {
  with: "Including archived clients",
  only: "Only archived clients",
  without: "",
};

/** The applied filter in plain words, one removable chip per condition of its top-level AND. */
export function FilterChips({
  filter,
  archived = "without",
  catalogue,
  onChange,
  onArchivedChange,
}: FilterChipsProps) {
  const parts = topLevelParts(filter);
  const printed = print(filter);
  const needsNames = catalogue.fields.some((field) => isUserField(field) && printed.includes(field.name));
  const users = useUserDirectory(needsNames).data;
  const nameOf = (spec: FieldSpec, id: string) => {
    if (!isUserField(spec)) return undefined;
    const user = users?.find((candidate) => candidate.id === id);
    return user ? userName(user) : undefined;
  };
  if (parts.length === 0 && archived === "without") return null;
  const seen = new Map<string, number>();
  const keys = parts.map((part) => {
    const text = print(part);
    const n = (seen.get(text) ?? 0) + 1;
    seen.set(text, n);
    return `${text}#${n}`;
  });
  return (
    <ul aria-label="Applied filters" className="flex min-w-0 max-w-full flex-wrap items-center gap-1.5">
      {parts.map((part, i) => {
        const words = describeFilter(part, catalogue, { nameOf });
        return (
          <Chip
            key={keys[i]}
            words={words}
            title={print(part)}
            onRemove={() => onChange(normalize(and(...parts.filter((_, j) => j !== i))))}
          />
        );
      })}
      {archived !== "without" && (
        <Chip
          words={ARCHIVED_WORDS[archived]}
          title={`archived eq "${archived}"`}
          onRemove={() => onArchivedChange?.("without")}
        />
      )}
    </ul>
  );
}

/** At most 28rem wide: a long value is cut with an ellipsis, its full text in the title. */
function Chip({ words, title, onRemove }: { words: string; title: string; onRemove: () => void }) {
  return (
    <li
      title={title}
      className="inline-flex h-7 max-w-[min(100%,28rem)] min-w-0 items-center gap-0.5 rounded-full border border-slate-200 bg-white pr-0.5 pl-3 text-sm text-slate-800 shadow-xs dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
    >
      <span className="truncate">{words}</span>
      <button
        type="button"
        aria-label={`Remove filter: ${words}`}
        onClick={onRemove}
        className="inline-flex size-6 shrink-0 items-center justify-center rounded-full text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100"
      >
        <CloseIcon />
      </button>
    </li>
  );
}
