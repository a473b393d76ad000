/** Filter → SQL for the emulator's list endpoints (SPEC §6.2, §6.2a). */
export type { ListFilterOptions, ListFilterResult, RawListFilter } from "./compile-list.ts";
export { compileListFilter, MAX_FILTER_PARAMS } from "./compile-list.ts";
export { compileNode } from "./compile-node.ts";
export * from "./endpoints.ts";
export type {
  ColumnField,
  ColumnType,
  FieldMap,
  FieldMapEntry,
  ModeField,
  RelationField,
} from "./field-map.ts";
export { column, lookupField, mode, relation } from "./field-map.ts";
export { projectsFields, SUB_TASK_PREDICATES } from "./maps-tasks.ts";
export { SqlParams } from "./params.ts";
