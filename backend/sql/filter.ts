import type { ArchivedMode } from "../../src/kanbert/catalogue.ts";
import {
  compileListFilter,
  type FilterEndpoint,
  type RawListFilter,
  type SqlParams,
  SUB_TASK_PREDICATES,
} from "../filter/index.ts";

/**
 * THE place where a list request's `filter` becomes SQL: parse (DSL, JSON or form-encoded),
 * validate against the endpoint's catalogue, resolve specials, compile to a parameterised
 * condition (backend/filter). Values go into `params`; only `$n` placeholders enter the SQL.
 */

export interface FilterContext {
  endpoint: FilterEndpoint;
  /** Every value is appended here, after what the statement already holds. */
  params: SqlParams;
  /** `me.id`. */
  meId: string;
  /** `now`, `today`, `sow` … resolve against this instant (UTC). */
  now: Date;
}

export type CompiledFilter =
  | {
      ok: true;
      /** A boolean SQL expression, or null when there is nothing to filter. */
      where: string | null;
      /** From a top-level `archived eq …`; `without` when absent. */
      archived: ArchivedMode;
      /** Canonical form of the filter, part of cursor fingerprints. */
      canonical: string;
    }
  | { ok: false; message: string };

/** The filter as the request sent it (`filter` text and/or `filter[…]` keys), null when blank. */
export function readRawFilter(search: URLSearchParams): RawListFilter | null {
  let text: string | null = null;
  const formPairs: [string, string][] = [];
  for (const [key, value] of search) {
    if (key === "filter") text = value;
    else if (key.startsWith("filter[")) formPairs.push([key, value]);
  }
  const blank = (text === null || text.trim() === "") && formPairs.every(([, value]) => value === "");
  return blank ? null : { text, formPairs };
}

export function compileFilter(raw: RawListFilter | null, context: FilterContext): CompiledFilter {
  if (raw === null) return { ok: true, where: null, archived: "without", canonical: "" };
  const compiled = compileListFilter(raw, context.endpoint, {
    now: context.now,
    meId: context.meId,
    paramOffset: context.params.values.length,
  });
  if (!compiled.ok) return { ok: false, message: compiled.message };
  context.params.values.push(...compiled.params);
  // `sub_tasks_in_list` (tasks) came out of the filter like `archived`; here it is a plain condition.
  const mode = compiled.subTasksMode;
  const subTasks = mode === undefined || mode === "with" ? null : SUB_TASK_PREDICATES[mode];
  const where = [compiled.where, subTasks].filter((part) => part !== null);
  return {
    ok: true,
    where: where.length === 0 ? null : where.map((part) => `(${part})`).join(" and "),
    archived: compiled.archivedMode ?? "without",
    canonical: compiled.fingerprint,
  };
}
