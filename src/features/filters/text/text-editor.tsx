import { useId, useLayoutEffect, useRef, useState } from "react";
import type { Catalogue } from "../../../filter/index.ts";
import { cn } from "../../../lib/cn.ts";
import { focusRing } from "../../../ui/focus.ts";
import { Listbox } from "../../../ui/listbox.tsx";
import { useListbox } from "../../../ui/use-listbox.ts";
import { useFloatBelow } from "../float-below.ts";
import type { TextAnalysis } from "./analyse.ts";
import { type Completion, completionsAt } from "./completions.ts";
import { ProblemText, TextMirror } from "./problem-text.tsx";

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
  const pendingCaret = useRef<number | null>(null);
  const problem = analysis.problems[0];
  const completion = completionsAt(text, caret, catalogue);
  const items = open ? completion.items.slice(0, 12) : [];
  // The list goes under the problem message, never over it.
  const anchor = useRef<HTMLDivElement>(null);
  const floating = useFloatBelow(items.length > 0, anchor);

  useLayoutEffect(() => {
    const position = pendingCaret.current;
    if (position === null || !area.current) return;
    pendingCaret.current = null;
    area.current.setSelectionRange(position, position);
  });

  const accept = (item: Completion) => {
    const next = text.slice(0, completion.from) + item.insert + text.slice(completion.to);
    const position = completion.from + item.insert.length;
    pendingCaret.current = position;
    setCaret(position);
    onChange(next);
  };
  const listbox = useListbox({
    id: `${id}-list`,
    items,
    itemKey: (item) => `${item.label}-${item.insert}`,
    open: items.length > 0,
    onPick: accept,
    onClose: () => setOpen(false),
    pickWithTab: true,
  });
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
            aria-activedescendant={listbox.activeId}
            className={cn(
              shared,
              "relative block w-full resize-y rounded-md bg-transparent text-slate-900 caret-slate-900 dark:text-slate-100 dark:caret-slate-100",
              focusRing,
            )}
            value={text}
            onChange={(event) => {
              setCaret(event.target.selectionStart);
              setOpen(true);
              onChange(event.target.value);
            }}
            onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
            onScroll={(event) => {
              if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
            }}
            onBlur={() => setOpen(false)}
            onKeyDown={listbox.onKeyDown}
          />
        </div>
        <ProblemText id={`${id}-problem`} text={text} problem={problem} count={analysis.problems.length} />
        <Listbox
          listbox={listbox}
          label="Suggestions"
          hidden={items.length === 0}
          style={floating}
          className="absolute top-full left-0 z-50 mt-1 max-h-56 w-80 overflow-auto rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
          optionClassName="flex items-baseline justify-between gap-3 px-2 py-1"
          renderOption={(item) => (
            <>
              <span className="font-mono">{item.label}</span>
              {item.detail && (
                <span className="truncate text-xs text-slate-500 dark:text-slate-400">{item.detail}</span>
              )}
            </>
          )}
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
