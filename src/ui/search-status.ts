/** What a search-as-you-type list says while it searches, fails or finds nothing. */
export interface SearchProgress {
  isError: boolean;
  isFetching: boolean;
}

/**
 * The status line of a search combobox over `noun` ("clients", "tasks"): nothing before anything is
 * typed or once results show, else "Could not search the …", "Searching…" or "No … match.".
 */
export function searchStatus(
  typed: boolean,
  search: SearchProgress,
  found: number,
  noun: string,
): string | undefined {
  if (!typed) return undefined;
  if (search.isError) return `Could not search the ${noun}.`;
  if (found > 0) return undefined;
  return search.isFetching ? "Searching…" : `No ${noun} match.`;
}
