import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from "react";
import type { Catalogue } from "../../../filter/index.ts";
import { cn } from "../../../lib/cn.ts";
import { focusRing } from "../../../ui/focus.ts";
import { useFloatBelow } from "../float-below.ts";
import type { TextAnalysis } from "./analyse.ts";
import { completionsAt } from "./completions.ts";
import { ProblemText, TextMirror } from "./problem-text.tsx";
import { Suggestions } from "./suggestions.tsx";

export interface TextEditorProps {
  text: string;
  onChange: (text: string) => void;
  analysis: TextAnalysis;
  catalogue: Catalogue;
  /** A note under the editor, e.g. about rows the text cannot hold. */
  note?: string;
}

const shared = "px-3 py-2 font-mono text-sm leading-6 whitespace-pre-wrap break-words";

/**
 * The filter as text. Re-parsed on every keystroke; a problem underlines its exact span (a mirror
 * of the text behind the transparent textarea draws the mark) and is explained below, linked by
 * aria-describedby. Suggestions complete the word at the caret (arrows, Enter or Tab, Escape).
 */
export function TextEditor({ text, onChange, analysis, catalogue, note }: TextEditorProps) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const [caret, setCaret] = useState(text.length);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const pendingCaret = useRef<number | null>(null);
  const problem = analysis.problems[0];
  const completion = completionsAt(text, caret, catalogue);
  const items = open ? completion.items.slice(0, 12) : [];
  const current = items[Math.min(active, items.length - 1)];
  // The list goes under the problem message, never over it.
  const anchor = useRef<HTMLDivElement>(null);
  const floating = useFloatBelow(items.length > 0, anchor);

  useLayoutEffect(() => {
    const position = pendingCaret.current;
    if (position === null || !area.current) return;
    pendingCaret.current = null;
    area.current.setSelectionRange(position, position);
  });

  const accept = (index: number) => {
    const item = items[index];
    if (!item) return;
    const next = text.slice(0, completion.from) + item.insert + text.slice(completion.to);
    const position = completion.from + item.insert.length;
    pendingCaret.current = position;
    setCaret(position);
    setActive(0);
    onChange(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (items.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + items.length) % items.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      accept(Math.min(active, items.length - 1));
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };
  const describedBy = [`${id}-help`, problem ? `${id}-problem` : undefined].filter(Boolean).join(" ");
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-text`} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        Filter text
      </label>
      <div ref={anchor} className="relative space-y-2">
        <div className="relative rounded-md border border-slate-300 bg-white shadow-xs has-aria-invalid:border-red-500 dark:border-slate-600 dark:bg-slate-950">
          <TextMirror ref={mirror} className={shared} text={text} problem={problem} />
          <textarea
            ref={area}
            id={`${id}-text`}
            rows={5}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            data-suggesting={items.length > 0 || undefined}
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy}
            aria-autocomplete="list"
            aria-controls={`${id}-list`}
            aria-activedescendant={current ? `${id}-opt-${items.indexOf(current)}` : undefined}
            className={cn(
              shared,
              "relative block w-full resize-y rounded-md bg-transparent text-slate-900 caret-slate-900 dark:text-slate-100 dark:caret-slate-100",
              focusRing,
            )}
            value={text}
            onChange={(event) => {
              setCaret(event.target.selectionStart);
              setOpen(true);
              setActive(0);
              onChange(event.target.value);
            }}
            onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
            onScroll={(event) => {
              if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
            }}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
        </div>
        <ProblemText id={`${id}-problem`} text={text} problem={problem} count={analysis.problems.length} />
        <Suggestions
          id={`${id}-list`}
          items={items}
          active={current}
          onPick={accept}
          style={floating}
          optionId={(i) => `${id}-opt-${i}`}
        />
      </div>
      <p id={`${id}-help`} className="text-xs text-slate-600 dark:text-slate-400">
        For example{" "}
        <code className="font-mono">segment in ["A", "B"] and projects any (status eq "running")</code>.
        Suggestions appear as you type.
      </p>
      {note && <p className="text-xs text-amber-800 dark:text-amber-300">{note}</p>}
    </div>
  );
}
