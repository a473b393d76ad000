/** Public entry of the filter language: one AST, text and JSON forms, validation, specials. */
export type {
  Condition,
  CountNode,
  CountOperator,
  FilterNode,
  QuantifierNode,
  Scalar,
  SpecialName,
  ValueOperator,
} from "./ast.ts";
export { COUNT_OPERATORS, isList, QUANTIFIERS } from "./ast.ts";
export { and, any, cond, count, normalize, or, quantified, special, todayOffset } from "./build.ts";
export * from "./catalogue.ts";
export { describeField } from "./describe-field.ts";
export type { Row } from "./evaluate.ts";
export { evaluate } from "./evaluate.ts";
export { fromFormEncoded } from "./form.ts";
export { toJson } from "./json.ts";
export { lookupOperator } from "./operators.ts";
export { parse } from "./parse.ts";
export { parseAny } from "./parse-any.ts";
export { takeTopLevel } from "./placement.ts";
export { print, printScalar } from "./print.ts";
export type { ResolvedNode, ResolvedScalar } from "./resolve.ts";
export { resolve } from "./resolve.ts";
export type { DayValue, InstantValue } from "./temporal.ts";
export { temporalLiteral, temporalPredicate } from "./temporal.ts";
export type { AstPath, ValidationIssue } from "./validate.ts";
export { validate } from "./validate.ts";
