import type { CountOperator } from "./ast.ts";

/** A calendar day (`today`, `today-30d`, a `YYYY-MM-DD` literal): a whole day, not an instant. */
export interface DayValue {
  readonly kind: "day";
  readonly date: string;
}
/** An instant (`now`, `sow`, `eow`, `som`, `eom`, an ISO date-time literal), ISO-8601 in UTC. */
export interface InstantValue {
  readonly kind: "instant";
  readonly iso: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A real calendar day from 0001-01-01 (PostgreSQL has no year 0) to 9999-12-31. */
export function isDateLiteral(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year === 0) return false;
  // setUTCFullYear, unlike Date.UTC, takes years 1–99 as written (not as 1901–1999).
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isDateTimeLiteral(text: string): boolean {
  if (!DATE_TIME.test(text) || !isDateLiteral(text.slice(0, 10))) return false;
  return !Number.isNaN(Date.parse(hasZone(text) ? text : `${text}Z`));
}

const hasZone = (text: string): boolean => /(?:Z|[+-]\d{2}:?\d{2})$/.test(text);

/** A date-time literal as a UTC instant (no zone = UTC). */
function toInstant(text: string): InstantValue {
  return { kind: "instant", iso: new Date(hasZone(text) ? text : `${text}Z`).toISOString() };
}

export const dateOf = (date: Date): string => date.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return dateOf(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

/** The half-open instant range [start, end) a calendar day covers. */
export function dayRange(date: string): { start: string; end: string } {
  return { start: `${date}T00:00:00.000Z`, end: `${addDays(date, 1)}T00:00:00.000Z` };
}

/**
 * How a comparison of a date / datetime column with a day or instant is to be evaluated:
 * - date column: compare dates; an instant contributes its UTC date part (`due_date lt now`).
 * - datetime column with an instant: compare instants.
 * - datetime column with a day D = [start, next): `eq` → within [start, next); `ne` → outside;
 *   `lt` → < start; `lte` → < next; `gt` → ≥ next; `gte` → ≥ start.
 * `in`/`nin` are an OR of `eq` / a NOT of that OR over the items.
 */
export type TemporalPredicate =
  | { kind: "compare"; op: CountOperator; value: string }
  | { kind: "within"; from: string; to: string }
  | { kind: "outside"; from: string; to: string };

export function temporalPredicate(
  op: CountOperator,
  value: DayValue | InstantValue,
  column: "date" | "datetime",
): TemporalPredicate {
  if (column === "date")
    return { kind: "compare", op, value: value.kind === "day" ? value.date : value.iso.slice(0, 10) };
  if (value.kind === "instant") return { kind: "compare", op, value: value.iso };
  const { start, end } = dayRange(value.date);
  switch (op) {
    case "eq":
      return { kind: "within", from: start, to: end };
    case "ne":
      return { kind: "outside", from: start, to: end };
    case "lt":
      return { kind: "compare", op: "lt", value: start };
    case "lte":
      return { kind: "compare", op: "lt", value: end };
    case "gt":
      return { kind: "compare", op: "gte", value: end };
    case "gte":
      return { kind: "compare", op: "gte", value: start };
  }
}

/** A literal string as a temporal value, if it is a date or date-time. */
export function temporalLiteral(text: string): DayValue | InstantValue | undefined {
  if (isDateLiteral(text)) return { kind: "day", date: text };
  if (isDateTimeLiteral(text)) return toInstant(text);
  return undefined;
}
