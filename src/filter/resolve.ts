import type { FilterNode, Scalar } from "./ast.ts";
import { isList, isSymbolic } from "./ast.ts";
import type { DayValue, InstantValue } from "./temporal.ts";
import { addDays, dateOf } from "./temporal.ts";

export type ResolvedScalar = string | number | boolean | null | DayValue | InstantValue;
export type ResolvedNode = FilterNode<ResolvedScalar>;

export interface ResolveContext {
  now: Date;
  /** The authenticated user's id (`me.id`). */
  meId: string;
}

const at = (date: string, time: string): InstantValue => ({ kind: "instant", iso: `${date}T${time}Z` });

/**
 * The concrete value of each special, in UTC with ISO weeks (SPEC §6.2): `me.id` → the id;
 * `now` → instant; `sow` Monday 00:00:00, `eow` Sunday 23:59:59, `som` 1st 00:00:00, `eom` last
 * day 23:59:59 → instants; `today` / `today±Nd` → days (see `temporalPredicate`).
 */
export function resolveScalar(value: Scalar, context: ResolveContext): ResolvedScalar {
  if (!isSymbolic(value)) return value;
  const today = dateOf(context.now);
  if (value.kind === "today-offset") return { kind: "day", date: addDays(today, value.days) };
  const weekday = (context.now.getUTCDay() + 6) % 7;
  const firstOfMonth = `${today.slice(0, 8)}01`;
  switch (value.name) {
    case "me.id":
      return context.meId;
    case "now":
      return { kind: "instant", iso: context.now.toISOString() };
    case "today":
      return { kind: "day", date: today };
    case "sow":
      return at(addDays(today, -weekday), "00:00:00.000");
    case "eow":
      return at(addDays(today, 6 - weekday), "23:59:59.000");
    case "som":
      return at(firstOfMonth, "00:00:00.000");
    case "eom":
      return at(addDays(addMonth(firstOfMonth), -1), "23:59:59.000");
  }
}

function addMonth(firstOfMonth: string): string {
  const date = new Date(`${firstOfMonth}T00:00:00Z`);
  return dateOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
}

/** Replaces every special value by its concrete value, for the query side (the emulator). */
export function resolve(ast: FilterNode | null, now: Date, meId: string): ResolvedNode | null {
  return ast === null ? null : resolveNode(ast, { now, meId });
}

function resolveNode(node: FilterNode, context: ResolveContext): ResolvedNode {
  switch (node.type) {
    case "group":
      return { ...node, children: node.children.map((child) => resolveNode(child, context)) };
    case "quantifier":
      return node.where === undefined
        ? { type: "quantifier", field: node.field, quantifier: node.quantifier }
        : {
            type: "quantifier",
            field: node.field,
            quantifier: node.quantifier,
            where: resolveNode(node.where, context),
          };
    case "condition": {
      if (!("value" in node)) return node;
      const value = node.value;
      return {
        ...node,
        value: isList(value)
          ? value.map((item) => resolveScalar(item, context))
          : resolveScalar(value, context),
      };
    }
    default:
      return node;
  }
}
