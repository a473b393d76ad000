/** A problem in a filter, positioned in the text it came from. Errors are values, never thrown. */
export interface FilterError {
  /** A sentence a person understands. */
  message: string;
  /** Offset (UTF-16 code units) into the filter text; 0 for JSON / form input. */
  offset: number;
  /** Length of the offending text; 0 for a point (e.g. the end of the text). */
  length: number;
  /** What would have been accepted here, e.g. `["a value"]`. */
  expected?: string[];
  /** For JSON input: where in the JSON value, e.g. `[1, "op"]`. */
  path?: (string | number)[];
}

export type Result<T> = { ok: true; ast: T } | { ok: false; error: FilterError };

export function failure(
  message: string,
  offset: number,
  length: number,
  expected?: string[],
): {
  ok: false;
  error: FilterError;
} {
  const error: FilterError = { message, offset, length };
  if (expected !== undefined) error.expected = expected;
  return { ok: false, error };
}
