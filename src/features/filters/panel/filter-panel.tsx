import type { Catalogue, FilterNode } from "../../../filter/index.ts";
import { Button } from "../../../ui/button.tsx";
import { FilterBuilder } from "../builder/filter-builder.tsx";
import { TextEditor } from "../text/text-editor.tsx";
import { ModeTabs } from "./mode-tabs.tsx";
import type { useFilterEditor } from "./use-filter-editor.ts";

export interface FilterPanelProps {
  editor: ReturnType<typeof useFilterEditor>;
  catalogue: Catalogue;
  title: string;
  onApply: (ast: FilterNode | null) => void;
  onCancel: () => void;
}

/** Builder and text faces of one filter, with Apply (only when valid) and Cancel. */
export function FilterPanel({ editor, catalogue, title, onApply, onCancel }: FilterPanelProps) {
  const { mode, result } = editor;
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex shrink-0 flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2 className="text-base font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
        <ModeTabs mode={mode} onChange={editor.switchTo} panelId="filter-editor-panel" />
      </div>
      {editor.blocked && (
        <p
          role="alert"
          className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-200"
        >
          {editor.blocked}
        </p>
      )}
      <div
        id="filter-editor-panel"
        role="tabpanel"
        aria-label={mode === "builder" ? "Builder" : "Text"}
        className="min-h-0 flex-1 overflow-auto px-4 py-4"
      >
        {mode === "builder" ? (
          <FilterBuilder
            state={editor.state}
            dispatch={editor.dispatch}
            issues={editor.built.issues}
            catalogue={catalogue}
          />
        ) : (
          <TextEditor
            text={editor.text}
            onChange={editor.editText}
            analysis={editor.analysis}
            catalogue={catalogue}
            note={
              editor.unfinished
                ? "Unfinished rows of the builder are not in the text, so this cannot be applied yet: switch back to the builder to finish them (they come back as long as the text is not edited)."
                : undefined
            }
          />
        )}
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-2 rounded-b-xl border-t border-slate-200 bg-slate-50 px-4 py-3 dark:border-slate-700 dark:bg-slate-900/60">
        <Button variant="ghost" size="sm" onClick={editor.clear}>
          Clear all
        </Button>
        <p role="status" className="ml-auto text-sm text-slate-600 dark:text-slate-400">
          {result.ok
            ? ""
            : `${result.problems} ${result.problems === 1 ? "problem" : "problems"} to fix before applying`}
        </p>
        <Button size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button
          variant="primary"
          size="sm"
          aria-disabled={!result.ok}
          className="aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
          onClick={() => {
            if (result.ok) onApply(result.ast);
          }}
        >
          Apply
        </Button>
      </div>
    </div>
  );
}
