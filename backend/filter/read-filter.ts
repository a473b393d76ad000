import type { Catalogue, FilterNode, ValidationIssue } from "../../src/filter/index.ts";
import { fromFormEncoded, parseAny, validate } from "../../src/filter/index.ts";

/** The filter as a request sends it: `filter` text (DSL or JSON) or `filter[i][…]` pairs. */
export interface RawListFilter {
  text?: string | null;
  formPairs?: readonly (readonly [key: string, value: string])[];
}

export type ReadResult = { ok: true; ast: FilterNode | null } | { ok: false; message: string };

/**
 * Parses and validates. Messages name the problem; DSL problems also give the position, a
 * 0-based character offset into the filter text (the parser's own messages count the same way):
 * `Invalid filter at position 8: unclosed string: the ' at 8 has no closing '`.
 */
export function readFilter(raw: RawListFilter, catalogue: Catalogue): ReadResult {
  const text = raw.text ?? "";
  const pairs = raw.formPairs ?? [];
  const hasText = text.trim() !== "";
  if (hasText && pairs.length > 0)
    return { ok: false, message: "Invalid filter: send either `filter` or `filter[i][…]` keys, not both." };
  const isDsl = hasText && !/^\s*[[{]/.test(text);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: fromFormEncoded of no pairs is the empty filter (ast null), the same answer as null
  const parsed = hasText ? parseAny(text) : pairs.length > 0 ? fromFormEncoded(pairs, catalogue) : null;
  if (parsed === null) return { ok: true, ast: null };
  if (!parsed.ok)
    return { ok: false, message: invalid(parsed.error.message, isDsl ? parsed.error.offset : undefined) };
  const issues = validate(parsed.ast, catalogue);
  if (issues.length > 0) return { ok: false, message: describeIssues(issues, isDsl) };
  return { ok: true, ast: parsed.ast };
}

const invalid = (message: string, offset?: number): string =>
  offset === undefined ? `Invalid filter: ${message}` : `Invalid filter at position ${offset}: ${message}`;

// Only the DSL parser gives nodes spans, so validate's issues carry an offset exactly when the text was
// DSL: `isDsl` and the offset test each decide alone (equivalent mutants, switched off below).
function describeIssues(issues: readonly ValidationIssue[], isDsl: boolean): string {
  const [first, ...rest] = issues.map((issue) =>
    // Stryker disable next-line LogicalOperator,ConditionalExpression: see above
    isDsl && issue.offset !== undefined ? `at position ${issue.offset}: ${issue.message}` : issue.message,
  );
  const head =
    // Stryker disable next-line LogicalOperator,ConditionalExpression,OptionalChaining: see above; issues is never empty here
    isDsl && issues[0]?.offset !== undefined ? `Invalid filter ${first}` : `Invalid filter: ${first}`;
  return rest.length === 0 ? head : `${head}; ${rest.join("; ")}`;
}
