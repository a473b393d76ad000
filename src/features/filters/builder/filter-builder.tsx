import { type Dispatch, useCallback, useEffect, useMemo, useRef } from "react";
import type { Catalogue } from "../../../filter/index.ts";
import {
  BuilderContext,
  type BuilderContextValue,
  type FocusRequest,
  type NodeIssues,
} from "./builder-context.ts";
import type { RowIssue } from "./convert.ts";
import type { BuilderState, RowId } from "./draft.ts";
import { GroupView } from "./group-view.tsx";
import type { BuilderAction } from "./model.ts";

export interface FilterBuilderProps {
  state: BuilderState;
  dispatch: Dispatch<BuilderAction>;
  issues: readonly RowIssue[];
  catalogue: Catalogue;
}

/** The visual face of a filter: nested all/any groups of `field operator value` rows. */
export function FilterBuilder({ state, dispatch, issues, catalogue }: FilterBuilderProps) {
  const container = useRef<HTMLDivElement>(null);
  const pending = useRef<FocusRequest | null>(null);
  const requestFocus = useCallback((request: FocusRequest) => {
    pending.current = request;
  }, []);

  // After a change, put focus where the request says: the moved row keeps it on its button.
  useEffect(() => {
    const request = pending.current;
    pending.current = null;
    if (!request || !container.current) return;
    const node = container.current.querySelector(`[data-node="${request.id}"]`);
    const pick = (target: string) =>
      node?.querySelector<HTMLElement>(`[data-focus="${target}"]:not(:disabled)`);
    if (request.target === "new") {
      const last = node?.querySelector(":scope > ol > li:last-child");
      last?.querySelector<HTMLElement>('[data-focus="field"]')?.focus();
      return;
    }
    const fallback = request.target === "up" ? "down" : request.target === "down" ? "up" : "field";
    (pick(request.target) ?? pick(fallback) ?? pick("field"))?.focus();
  });

  const byId = useMemo(() => {
    const map = new Map<RowId, NodeIssues>();
    for (const issue of issues) {
      const seen = map.get(issue.id);
      map.set(issue.id, {
        messages: [...(seen?.messages ?? []), issue.message],
        invalid: (seen?.invalid ?? false) || !issue.incomplete,
      });
    }
    return map;
  }, [issues]);
  const value = useMemo<BuilderContextValue>(
    () => ({ catalogue, dispatch, issues: byId, requestFocus }),
    [catalogue, dispatch, byId, requestFocus],
  );

  return (
    <BuilderContext.Provider value={value}>
      <div ref={container}>
        <GroupView group={state.root} path={[]} fields={catalogue.fields} />
      </div>
    </BuilderContext.Provider>
  );
}
