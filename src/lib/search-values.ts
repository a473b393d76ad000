/**
 * Readers of single URL search values for the routes' `validateSearch`, written by hand so the entry
 * chunk loads no zod. Each route's zod schema (its feature's `search.ts`) stays the source of the
 * search type; each feature's `validate-search.test.ts` checks its reader agrees with that schema.
 * Whatever does not fit reads as `undefined` (dropped), never an error: a broken link still opens.
 */

export function optionalText(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function optionalNonEmptyText(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

export function optionalFlag(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

export function optionalOneOf<const T extends string>(value: unknown, options: readonly T[]): T | undefined {
  return options.find((option) => option === value);
}
