import fc from "fast-check";

/**
 * Arbitrary search objects as TanStack Router hands them to `validateSearch` (JSON values parsed
 * from the query string): the route's own keys, some unknown ones, and values of every JSON kind —
 * including the route's literal values (`choices`), so valid values are common too.
 */
export function searchObjects(keys: readonly string[], choices: readonly string[]) {
  const value = fc.oneof(
    fc.constantFrom(...choices, ""),
    fc.string(),
    fc.boolean(),
    fc.integer(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 2 }),
    fc.dictionary(fc.string(), fc.string(), { maxKeys: 1 }),
  );
  return fc.dictionary(fc.constantFrom(...keys, "other", "page"), value, { maxKeys: keys.length + 2 });
}
