import { and, cond, type FilterNode, normalize, takeTopLevel } from "../filter/index.ts";
import { ARCHIVED_MODES, type ArchivedMode } from "./catalogue.ts";

/** The archived mode a list has when its filter names none. */
export const DEFAULT_ARCHIVED: ArchivedMode = "without";

/**
 * Takes a top-level mode condition (`archived eq …`, `sub_tasks_in_list eq …`) out of a validated
 * filter: the mode it names (undefined when absent) and the filter without it.
 */
export function splitMode(
  ast: FilterNode | null,
  field: string,
): { mode: ArchivedMode | undefined; rest: FilterNode | null } {
  const { taken, rest } = takeTopLevel(ast, field);
  const value = taken !== undefined && "value" in taken ? taken.value : undefined;
  return { mode: ARCHIVED_MODES.find((mode) => mode === value), rest };
}

/** The archived mode of a filter (undefined when it names none) and the filter without it. */
export function splitArchived(ast: FilterNode | null): {
  mode: ArchivedMode | undefined;
  rest: FilterNode | null;
} {
  return splitMode(ast, "archived");
}

/** The filter the API receives: `filter` with a top-level `archived eq …` unless the mode is the default. */
export function withArchived(filter: FilterNode | null, mode: ArchivedMode): FilterNode | null {
  if (mode === DEFAULT_ARCHIVED) return filter;
  const archived = cond("archived", "eq", mode);
  return normalize(filter ? and(archived, filter) : archived);
}
