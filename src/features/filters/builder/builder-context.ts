import { createContext, type Dispatch, useContext } from "react";
import type { Catalogue } from "../../../filter/index.ts";
import type { RowId } from "./draft.ts";
import type { BuilderAction } from "./model.ts";

/** Where focus goes after a change: a row's control, a group's "Add condition", its newest row. */
export interface FocusRequest {
  id: RowId;
  target: "field" | "up" | "down" | "add" | "new";
}

export interface NodeIssues {
  messages: readonly string[];
  invalid: boolean;
}

export interface BuilderContextValue {
  catalogue: Catalogue;
  dispatch: Dispatch<BuilderAction>;
  /** Messages per row or group id; `invalid` when one is more than "not finished yet". */
  issues: ReadonlyMap<RowId, NodeIssues>;
  requestFocus: (request: FocusRequest) => void;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error("useBuilder() outside <FilterBuilder>");
  return value;
}

export const issueId = (id: RowId) => `filter-issue-${id}`;
