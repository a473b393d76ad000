import type { CountNode, QuantifierNode, ResolvedNode, ResolvedScalar } from "../../src/filter/index.ts";
import { compileCondition } from "./compile-condition.ts";
import type { FieldMap, FieldMapEntry, RelationField } from "./field-map.ts";
import { lookupField } from "./field-map.ts";
import type { SqlParams } from "./params.ts";
import { sqlComparison } from "./temporal-sql.ts";

/**
 * A resolved, validated filter AST → one boolean SQL expression. Field expressions come only from
 * `fields`; every value goes through `params`. A field missing from the map is a server bug (the
 * map must cover the catalogue — a test checks it), so it throws rather than answering 400.
 */
export function compileNode(node: ResolvedNode, fields: FieldMap, params: SqlParams): string {
  switch (node.type) {
    case "group": {
      const parts = node.children.map((child) => compileNode(child, fields, params));
      return `(${parts.join(` ${node.kind} `)})`;
    }
    case "quantifier":
      return quantifier(node, relationOf(fields, node.field), params);
    case "count":
      return count(node, relationOf(fields, node.field), params);
    case "condition": {
      const entry = entryOf(fields, node.field);
      if (entry.kind === "relation") throw new Error(`'${node.field}' is a relation`);
      if (entry.kind === "column") return compileCondition(node, entry, params);
      const value = "value" in node ? node.value : undefined;
      const predicate = typeof value === "string" ? lookupMode(entry.predicates, value) : undefined;
      if (node.op !== "eq" || predicate === undefined)
        throw new Error(`bad mode condition on '${node.field}'`);
      return `(${predicate})`;
    }
  }
}

function entryOf(fields: FieldMap, field: string): FieldMapEntry {
  const entry = lookupField(fields, field);
  if (entry === undefined) throw new Error(`no SQL mapping for filter field '${field}'`);
  return entry;
}

function relationOf(fields: FieldMap, field: string): RelationField {
  const entry = entryOf(fields, field);
  if (entry.kind !== "relation") throw new Error(`'${field}' is not a relation`);
  return entry;
}

const lookupMode = (predicates: Readonly<Record<string, string>>, value: string): string | undefined =>
  Object.hasOwn(predicates, value) ? predicates[value] : undefined;

/**
 * `offset 0` keeps the EXISTS a per-row probe of the relation's index: as a semi-join PostgreSQL
 * may merge-join the whole relation from its start, which makes deep keyset pages cost more than
 * the first (measured by bench/emulator-latency.ts).
 */
const related = (rel: RelationField, extra?: string): string =>
  `exists (select 1 from ${rel.from} where ${rel.correlate}${extra === undefined ? "" : ` and ${extra}`} offset 0)`;

/** any → EXISTS; none → NOT EXISTS; all → no related row fails (vacuously true when empty). */
function quantifier(node: QuantifierNode<ResolvedScalar>, rel: RelationField, params: SqlParams): string {
  const where = node.where === undefined ? undefined : compileNode(node.where, rel.fields, params);
  switch (node.quantifier) {
    case "any":
      return related(rel, where);
    case "none":
      return `not ${related(rel, where)}`;
    case "all":
      return where === undefined ? "true" : `not ${related(rel, `not coalesce(${where}, false)`)}`;
  }
}

/** `rel.count op n`; the comparisons with 0 that mean "has some" / "has none" use EXISTS. */
function count(node: CountNode, rel: RelationField, params: SqlParams): string {
  const { op, value } = node;
  if (value === 0 && op === "eq") return `not ${related(rel)}`;
  if ((value === 0 && (op === "ne" || op === "gt")) || (value === 1 && op === "gte")) return related(rel);
  const total = `(select count(*) from ${rel.from} where ${rel.correlate})`;
  return `${total} ${sqlComparison(op)} ${params.add(value, "numeric")}`;
}
