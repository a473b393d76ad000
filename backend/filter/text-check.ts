import type { FilterNode, Scalar } from "../../src/filter/index.ts";
import { isList } from "../../src/filter/index.ts";

/**
 * A text value PostgreSQL cannot hold (NUL, or a lone UTF-16 surrogate the driver would silently
 * turn into U+FFFD) is refused with 400 instead of failing in the database or matching the wrong
 * rows. Returns the message, or undefined when every value is storable text.
 */
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** False for text PostgreSQL cannot store or the driver would alter (NUL, lone surrogates). */
export const isStorableText = (text: string): boolean => !unstorable(text);
const unstorable = (text: string): boolean => text.includes("\u0000") || LONE_SURROGATE.test(text);

export function unstorableText(node: FilterNode | null): string | undefined {
  if (node === null) return undefined;
  switch (node.type) {
    case "group":
      for (const child of node.children) {
        const problem = unstorableText(child);
        if (problem !== undefined) return problem;
      }
      return undefined;
    case "quantifier":
      return node.where === undefined ? undefined : unstorableText(node.where);
    // Stryker disable next-line ConditionalExpression,StringLiteral: a count node read as a condition has a number value: no text, the same undefined
    case "count":
      return undefined;
    case "condition": {
      // Stryker disable next-line ConditionalExpression: a null test read as a value condition has the value undefined: no text, the same undefined
      if (!("value" in node)) return undefined;
      const items: readonly Scalar[] = isList(node.value) ? node.value : [node.value];
      const bad = items.some((item) => typeof item === "string" && unstorable(item));
      return bad
        ? `Invalid filter: the value for '${node.field}' contains a NUL character or broken Unicode.`
        : undefined;
    }
  }
}
