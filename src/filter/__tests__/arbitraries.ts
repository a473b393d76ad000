import fc from "fast-check";
import type { CountOperator, FilterNode, Quantifier, Scalar, SpecialName, ValueOperator } from "../ast.ts";
import { COUNT_OPERATORS, MAX_DAY_OFFSET, QUANTIFIERS, SPECIAL_NAMES } from "../ast.ts";
import { cond, count, quantified, special, todayOffset } from "../build.ts";
import { COMPARISON_OPERATORS } from "../catalogue.ts";

const VALUE_OPERATORS = COMPARISON_OPERATORS.filter(
  (op): op is ValueOperator => op !== "isnull" && op !== "isnotnull",
);

const segment = fc.oneof(
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/),
  fc.constantFrom("and", "or", "is", "not", "null", "today", "me", "id", "any", "eq", "count", "AND", "true"),
);
/** Field paths, never ending in `.count` (that spelling is the count node). */
const fieldName = fc
  .array(segment, { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join("."))
  .filter((name) => !name.endsWith(".count"));

const trickyString = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({
    unit: fc.constantFrom('"', "'", "\\", " ", "a", "é", "😀", "\n", "%", "_", ")", "today", "and"),
  }),
  fc.constantFrom("", "today", "me.id", "now", "today-30d", '\\"', "\\"),
);
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));
const symbolic = fc.oneof(
  fc.constantFrom<SpecialName>(...SPECIAL_NAMES).map(special),
  fc.integer({ min: -MAX_DAY_OFFSET, max: MAX_DAY_OFFSET }).map(todayOffset),
);
const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  trickyString,
  number,
  fc.integer().map((n) => (n === 0 ? 0 : n)),
  fc.boolean(),
  fc.constant(null),
  symbolic,
);

const condition = fc.oneof(
  fc
    .tuple(fieldName, fc.constantFrom("isnull" as const, "isnotnull" as const))
    .map(([field, op]) => cond(field, op)),
  fc
    .tuple(
      fieldName,
      fc.constantFrom(...VALUE_OPERATORS),
      fc.oneof(scalar, fc.array(scalar, { maxLength: 4 })),
    )
    .map(([field, op, value]) => cond(field, op, value)),
  fc
    .tuple(fieldName, fc.constantFrom<CountOperator>(...COUNT_OPERATORS), fc.oneof(number, fc.nat()))
    .map(([field, op, value]) => count(field, op, value)),
);

/** ASTs; `minChildren` 2 gives normalised ones, 0 any shape (empty and one-child groups too). */
export function filterNode(minChildren: number): fc.Arbitrary<FilterNode> {
  const { node } = fc.letrec<{ node: FilterNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      condition,
      fc
        .tuple(
          fc.constantFrom("and" as const, "or" as const),
          fc.array(tie("node"), { minLength: minChildren, maxLength: 4 }),
        )
        .map(([kind, children]): FilterNode => ({ type: "group", kind, children })),
      fc
        .tuple(
          fieldName,
          fc.constantFrom<Quantifier>(...QUANTIFIERS),
          fc.option(tie("node"), { nil: undefined }),
        )
        .map(([field, quantifier, where]) => quantified(field, quantifier, where)),
    ),
  }));
  return node;
}
