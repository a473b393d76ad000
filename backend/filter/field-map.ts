/**
 * How an endpoint's filter fields map to SQL: the whitelist the compiler reads column expressions
 * from. Expressions are constants written here, qualified with the list query's aliases; nothing
 * from a request is ever spliced into them.
 */

/** How values compare: `text` lower-cased (SPEC §6.2a), `id`/`enum` exactly, the rest typed. */
export type ColumnType = "text" | "id" | "enum" | "boolean" | "number" | "date" | "datetime";

export interface ColumnField {
  readonly kind: "column";
  /** A column or scalar sub-query, e.g. `c.name`, `(select tc.name from clients tc where …)`. */
  readonly sql: string;
  readonly type: ColumnType;
}

/** An enum whose values select whole predicates (`sub_tasks_in_list eq only`). */
export interface ModeField {
  readonly kind: "mode";
  readonly predicates: Readonly<Record<string, string>>;
}

/** A to-many relation, filtered through a correlated sub-query. */
export interface RelationField {
  readonly kind: "relation";
  /** Table and alias, e.g. `projects p`. */
  readonly from: string;
  /** Correlation with the outer row, e.g. `p.client_id = c.id`. */
  readonly correlate: string;
  /** The relation's sub-fields, qualified with the relation's alias. */
  readonly fields: FieldMap;
}

export type FieldMapEntry = ColumnField | ModeField | RelationField;
export type FieldMap = Readonly<Record<string, FieldMapEntry>>;

export const column = (sql: string, type: ColumnType): ColumnField => ({ kind: "column", sql, type });

export const mode = (predicates: Record<string, string>): ModeField => ({ kind: "mode", predicates });

export const relation = (from: string, correlate: string, fields: FieldMap): RelationField => ({
  kind: "relation",
  from,
  correlate,
  fields,
});

/** The entry of `field`, own properties only (a field named `constructor` finds nothing). */
export function lookupField(map: FieldMap, field: string): FieldMapEntry | undefined {
  return Object.hasOwn(map, field) ? map[field] : undefined;
}
