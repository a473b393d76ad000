/** Public entry of the filter language: one AST, text and JSON forms, validation, specials. */
export type {
  Condition,
  CountNode,
  CountOperator,
  FilterNode,
  Group,
  NullCondition,
  NullOperator,
  Quantifier,
  QuantifierNode,
  Scalar,
  SpecialName,
  SpecialValue,
  TodayOffsetValue,
  Value,
  ValueCondition,
  ValueOperator,
} from "./ast.ts";
export {
  COUNT_OPERATORS,
  isFieldName,
  isList,
  isNullOperator,
  isSymbolic,
  MAX_DAY_OFFSET,
  QUANTIFIERS,
  SPECIAL_NAMES,
} from "./ast.ts";
export {
  all,
  and,
  any,
  cond,
  count,
  none,
  normalize,
  or,
  quantified,
  special,
  todayOffset,
} from "./build.ts";
export * from "./catalogue.ts";
export type { EditorKind, FieldEditor } from "./describe-field.ts";
export { describeField } from "./describe-field.ts";
export type { FilterError, Result } from "./errors.ts";
export type { EvaluateContext, Row } from "./evaluate.ts";
export { evaluate, likeMatches } from "./evaluate.ts";
export type { FormResult } from "./form.ts";
export { fromFormEncoded, toFormEncoded } from "./form.ts";
export type { JsonCondition, JsonScalar, JsonTree, JsonValue } from "./json.ts";
export { fromJson, toJson } from "./json.ts";
export type { OperatorWord } from "./operators.ts";
export { lookupOperator, OPERATOR_WORDS } from "./operators.ts";
export { parse } from "./parse.ts";
export { parseAny } from "./parse-any.ts";
export { takeTopLevel } from "./placement.ts";
export { print, printScalar, printValue } from "./print.ts";
export type { ResolvedNode, ResolvedScalar } from "./resolve.ts";
export { resolve, resolveScalar } from "./resolve.ts";
export type { NodeSpans, Span } from "./spans.ts";
export { spanOf } from "./spans.ts";
export { fromSpecialToken, specialToken } from "./special-token.ts";
export { closest, editDistance } from "./suggest.ts";
export type { DayValue, InstantValue, TemporalPredicate } from "./temporal.ts";
export {
  dayRange,
  isDateLiteral,
  isDateTimeLiteral,
  temporalLiteral,
  temporalPredicate,
} from "./temporal.ts";
export type { AstPath, ValidationIssue } from "./validate.ts";
export { validate } from "./validate.ts";
