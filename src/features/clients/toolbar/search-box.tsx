import { useEffect, useRef, useState } from "react";
import { cn } from "../../../lib/cn.ts";
import { inputClasses } from "../../../ui/field.tsx";

const SEARCH_DEBOUNCE_MS = 300;

export interface SearchBoxProps {
  /** The search the view has now (from the URL). */
  value: string;
  /** Called about 300 ms after typing stops, with the text typed. */
  onSearch: (text: string) => void;
}

/** "Name or shortcode contains …", debounced; follows the URL when the view changes elsewhere. */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  useEffect(() => {
    clearTimeout(timer.current);
    setText((current) => (current.trim() === value ? current : value));
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(next), SEARCH_DEBOUNCE_MS);
  };

  return (
    <div className="relative w-full sm:w-72">
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-400"
      >
        <path
          fill="currentColor"
          d="M9 3.5a5.5 5.5 0 1 0 3.3 9.9l3.4 3.4a.75.75 0 1 0 1.06-1.06l-3.4-3.4A5.5 5.5 0 0 0 9 3.5ZM5 9a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z"
        />
      </svg>
      <input
        type="search"
        aria-label="Search clients by name or shortcode"
        placeholder="Search name or shortcode"
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          clearTimeout(timer.current);
          onSearch(text);
        }}
        className={cn(inputClasses, "pl-8")}
      />
    </div>
  );
}
