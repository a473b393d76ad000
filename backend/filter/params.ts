/**
 * Positional parameters collected while a filter's SQL is assembled. Numbering starts after
 * `offset`, so the fragment can be appended to a statement that already uses $1…$offset.
 * Values only ever travel here; SQL text receives nothing but the returned `$n` placeholders.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  constructor(private readonly offset = 0) {}

  /** `add("x", "text")` → `$3::text`. `cast` must be a constant type name, never input. */
  add(value: unknown, cast?: SqlCast): string {
    this.values.push(value);
    const placeholder = `$${this.offset + this.values.length}`;
    return cast === undefined ? placeholder : `${placeholder}::${cast}`;
  }
}

export type SqlCast =
  | "text"
  | "text[]"
  | "boolean"
  | "boolean[]"
  | "float8"
  | "float8[]"
  | "numeric"
  | "date"
  | "timestamptz";
