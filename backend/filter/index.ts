/** Filter → SQL for the emulator's list endpoints (SPEC §6.2, §6.2a). */
export type { RawListFilter } from "./compile-list.ts";
export { compileListFilter } from "./compile-list.ts";
export * from "./endpoints.ts";
export { SUB_TASK_PREDICATES } from "./maps-tasks.ts";
export { SqlParams } from "./params.ts";
