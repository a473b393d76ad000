import { useCallback, useMemo, useReducer, useRef, useState } from "react";
import { type Catalogue, type FilterNode, print } from "../../../filter/index.ts";
import { toAst } from "../builder/convert.ts";
import type { BuilderState } from "../builder/draft.ts";
import { type BuilderAction, initialState, reduce } from "../builder/model.ts";
import { analyseText } from "../text/analyse.ts";

export type EditorMode = "builder" | "text";

/**
 * The state behind the filter panel: one filter, two faces. The builder's draft tree and the text
 * are kept in step on every switch: builder → text prints the canonical text (and keeps the tree
 * aside, so coming back unchanged restores it exactly, incomplete rows and one-row groups
 * included); text → builder parses, and is refused while the text does not parse. Text typed in
 * another spelling comes back as typed when the builder changed nothing. Starts on `initial`.
 */
export function useFilterEditor(catalogue: Catalogue, initial: FilterNode | null = null) {
  const [mode, setMode] = useState<EditorMode>("builder");
  const [state, dispatch] = useReducer(
    (s: BuilderState, a: BuilderAction) => reduce(s, a, catalogue),
    initial,
    initialState,
  );
  const [text, setText] = useState(() => print(initial));
  const [blocked, setBlocked] = useState<string | null>(null);
  const aside = useRef<{ text: string; state: BuilderState } | null>(null);
  /** The text as typed when leaving text mode: shown again if the builder changed nothing. */
  const typed = useRef<{ text: string; printed: string } | null>(null);

  const built = useMemo(() => toAst(state.root, catalogue), [state.root, catalogue]);
  const analysis = useMemo(() => analyseText(text, catalogue), [text, catalogue]);

  const reset = useCallback((ast: FilterNode | null) => {
    dispatch({ type: "reset", ast });
    setText(print(ast));
    setBlocked(null);
    aside.current = null;
    typed.current = null;
  }, []);

  const switchTo = (next: EditorMode) => {
    if (next === mode) return;
    if (next === "text") {
      const printed = print(built.ast);
      const shown = typed.current?.printed === printed ? typed.current.text : printed;
      aside.current = { text: shown, state };
      setText(shown);
    } else if (!analysis.parsed) {
      setBlocked("The builder can show the filter once the text parses: fix the marked error first.");
      return;
    } else if (aside.current?.text === text) {
      dispatch({ type: "load", state: aside.current.state });
    } else {
      dispatch({ type: "reset", ast: analysis.ast });
      typed.current = { text, printed: print(analysis.ast) };
    }
    setBlocked(null);
    setMode(next);
  };

  const incomplete = built.issues.length;
  /** Text shown for a builder with rows the text cannot hold: applying it would drop them. */
  const unfinished = mode === "text" && incomplete > 0 && text === aside.current?.text;
  const result: { ok: true; ast: FilterNode | null } | { ok: false; problems: number } =
    mode === "builder" || unfinished
      ? incomplete === 0
        ? { ok: true, ast: built.ast }
        : { ok: false, problems: incomplete }
      : analysis.parsed && analysis.problems.length === 0
        ? { ok: true, ast: analysis.ast }
        : { ok: false, problems: analysis.problems.length };

  const clear = () => {
    dispatch({ type: "clear" });
    setText("");
    setBlocked(null);
  };
  const editText = (next: string) => {
    setText(next);
    setBlocked(null);
  };

  return {
    mode,
    switchTo,
    state,
    dispatch,
    built,
    text,
    unfinished,
    editText,
    analysis,
    blocked,
    result,
    reset,
    clear,
  };
}
