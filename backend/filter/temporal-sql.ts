import type { CountOperator, DayValue, InstantValue, ResolvedScalar } from "../../src/filter/index.ts";
import { temporalLiteral, temporalPredicate } from "../../src/filter/index.ts";
import type { SqlParams } from "./params.ts";

/**
 * Date / datetime comparisons through `temporalPredicate`, so `eq today` covers the whole day on
 * both column kinds and a date column compared with an instant uses its UTC date part.
 */

const COMPARE: Readonly<Record<CountOperator, string>> = {
  eq: "=",
  ne: "<>",
  lt: "<",
  lte: "<=",
  gt: ">",
  gte: ">=",
};
export const sqlComparison = (op: CountOperator): string => COMPARE[op];

function temporalValue(value: ResolvedScalar): DayValue | InstantValue {
  const temporal =
    typeof value === "string" ? temporalLiteral(value) : typeof value === "object" ? value : undefined;
  if (temporal === undefined || temporal === null) throw new Error(`not a date value: ${String(value)}`);
  return temporal;
}

export function temporalSql(
  sql: string,
  type: "date" | "datetime",
  op: CountOperator,
  value: ResolvedScalar,
  params: SqlParams,
): string {
  const predicate = temporalPredicate(op, temporalValue(value), type);
  const cast = type === "date" ? "date" : "timestamptz";
  switch (predicate.kind) {
    case "compare":
      return `${sql} ${sqlComparison(predicate.op)} ${params.add(predicate.value, cast)}`;
    case "within":
      return `(${sql} >= ${params.add(predicate.from, cast)} and ${sql} < ${params.add(predicate.to, cast)})`;
    case "outside":
      return `(${sql} < ${params.add(predicate.from, cast)} or ${sql} >= ${params.add(predicate.to, cast)})`;
  }
}
