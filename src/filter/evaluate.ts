import type { CountOperator, FilterNode } from "./ast.ts";
import { isList } from "./ast.ts";
import type { FieldSpec } from "./catalogue.ts";
import { findField } from "./catalogue.ts";
import type { ResolvedNode, ResolvedScalar } from "./resolve.ts";
import { resolve } from "./resolve.ts";
import type { TemporalPredicate } from "./temporal.ts";
import { temporalLiteral, temporalPredicate } from "./temporal.ts";

/**
 * A row with flat dotted keys (`primary_contact.id`); a relation's key holds an array of rows, and
 * a to-many set of scalars (the user ids a comment thread mentions) an array of scalars.
 */
export type Row = Readonly<Record<string, unknown>>;

export interface EvaluateContext {
  fields: readonly FieldSpec[];
  now: Date;
  meId: string;
}

/**
 * In-memory reference semantics of SPEC §6.2 / §6.2a (the emulator's SQL must agree): strings
 * compare lower-cased, NULL never satisfies a comparison, `in []` matches nothing, `all` is
 * vacuously true, dates follow `temporalPredicate`. Assumes the AST passed `validate`.
 */
export function evaluate(ast: FilterNode | null, row: Row, context: EvaluateContext): boolean {
  const resolved = resolve(ast, context.now, context.meId);
  return resolved === null || matches(resolved, row, context.fields);
}

function matches(node: ResolvedNode, row: Row, fields: readonly FieldSpec[]): boolean {
  switch (node.type) {
    case "group":
      return node.kind === "and"
        ? node.children.every((child) => matches(child, row, fields))
        : node.children.some((child) => matches(child, row, fields));
    case "count":
      return compare(node.op, related(row, node.field).length, node.value);
    case "quantifier": {
      const rows = related(row, node.field);
      const spec = findField(fields, node.field);
      // Stryker disable next-line ArrayDeclaration: a list of anything but field specs finds no field either
      const subFields = spec?.type.kind === "relation" ? spec.type.fields : [];
      const where = node.where;
      const hit = (sub: Row) => where === undefined || matches(where, sub, subFields);
      if (node.quantifier === "any") return rows.some(hit);
      if (node.quantifier === "none") return !rows.some(hit);
      return rows.every(hit);
    }
    case "condition": {
      const cell = row[node.field];
      // A set of scalars (not a relation's rows): the condition holds when some member satisfies it.
      if (Array.isArray(cell) && findField(fields, node.field)?.type.kind !== "relation")
        return cell.some((member) => matches(node, { ...row, [node.field]: member }, fields));
      const missing = cell === null || cell === undefined;
      if (!("value" in node)) return node.op === "isnull" ? missing : !missing;
      if (missing) return false;
      const kind = findField(fields, node.field)?.type.kind;
      const value = node.value;
      const items = isList(value) ? value : [value];
      switch (node.op) {
        case "in":
          return items.some((item) => scalarMatches("eq", cell, item, kind));
        case "nin":
          return !items.some((item) => scalarMatches("eq", cell, item, kind));
        default:
          // Stryker disable next-line MethodExpression: other operators take one value (validate, assumed, refuses a list), so every = some
          return items.every((item) => scalarMatches(node.op, cell, item, kind));
      }
    }
  }
}

function related(row: Row, field: string): Row[] {
  const rows = row[field];
  return Array.isArray(rows)
    ? rows.filter((item): item is Row => typeof item === "object" && item !== null)
    : [];
}

function compare<T extends string | number | boolean>(op: CountOperator, a: T, b: T): boolean {
  switch (op) {
    case "eq":
      return a === b;
    case "ne":
      return a !== b;
    case "lt":
      return a < b;
    case "lte":
      return a <= b;
    case "gt":
      return a > b;
    case "gte":
      return a >= b;
  }
}

function scalarMatches(op: string, cell: unknown, value: ResolvedScalar, kind: string | undefined): boolean {
  if (value === null) return false;
  if (kind === "date" || kind === "datetime") {
    const temporal =
      typeof value === "string" ? temporalLiteral(value) : typeof value === "object" ? value : undefined;
    if (temporal === undefined || typeof cell !== "string" || !isComparison(op)) return false;
    return temporalMatches(temporalPredicate(op, temporal, kind), cell, kind);
  }
  if (typeof value === "string" && typeof cell === "string") {
    const [a, b] = [cell.toLowerCase(), value.toLowerCase()];
    if (op === "contains") return a.includes(b);
    if (op === "startswith") return a.startsWith(b);
    if (op === "endswith") return a.endsWith(b);
    if (op === "like") return likeMatches(value, cell);
    return isComparison(op) && compare(op, a, b);
  }
  if (typeof value === "number" && typeof cell === "number")
    return isComparison(op) && compare(op, cell, value);
  if (typeof value === "boolean" && typeof cell === "boolean")
    return isComparison(op) && compare(op, cell, value);
  return false;
}

const isComparison = (op: string): op is CountOperator => ["eq", "ne", "lt", "lte", "gt", "gte"].includes(op);

function temporalMatches(predicate: TemporalPredicate, cell: string, kind: "date" | "datetime"): boolean {
  const key = (text: string): string => {
    if (kind === "date") return text.slice(0, 10);
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? "" : new Date(ms).toISOString();
  };
  const at = key(cell);
  if (predicate.kind === "compare") return compare(predicate.op, at, key(predicate.value));
  const inside = at >= key(predicate.from) && at < key(predicate.to);
  return predicate.kind === "within" ? inside : !inside;
}

type LikeToken = { kind: "any" } | { kind: "one" } | { kind: "char"; char: string };

/**
 * SQL LIKE, case-insensitive: `%` any run, `_` one character, `\` makes the next one literal (a
 * trailing lone `\` is itself). Greedy matching with one backtrack point and no regular
 * expressions: a 10,000-character pattern would overflow V8's regexp compiler.
 */
export function likeMatches(pattern: string, text: string): boolean {
  const tokens = likeTokens(pattern.toLowerCase());
  const chars = [...text.toLowerCase()];
  let t = 0;
  let p = 0;
  let backtrackP = -1;
  let backtrackT = 0;
  while (t < chars.length) {
    const token = tokens[p];
    if (token?.kind === "any") {
      backtrackP = ++p;
      backtrackT = t;
    } else if (token !== undefined && (token.kind === "one" || token.char === chars[t])) {
      p++;
      t++;
    } else if (backtrackP !== -1) {
      p = backtrackP;
      t = ++backtrackT;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === "any") p++;
  return p === tokens.length;
}

function likeTokens(pattern: string): LikeToken[] {
  const chars = [...pattern];
  const tokens: LikeToken[] = [];
  for (let i = 0; i < chars.length; i++) {
    // Stryker disable next-line StringLiteral: the fallback is never taken (i < chars.length)
    const char = chars[i] ?? "";
    if (char === "\\" && i + 1 < chars.length) {
      i++;
      // Stryker disable next-line StringLiteral: the fallback is never taken (checked above); a char token is told from the others by not being "any" or "one", so its kind's spelling is never read
      tokens.push({ kind: "char", char: chars[i] ?? "" });
    } else if (char === "%") tokens.push({ kind: "any" });
    else if (char === "_") tokens.push({ kind: "one" });
    else {
      // Stryker disable next-line StringLiteral: a char token is told from the others by not being "any" or "one", so its kind's spelling is never read
      tokens.push({ kind: "char", char });
    }
  }
  return tokens;
}
