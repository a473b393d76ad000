import type { FilterNode } from "../../src/filter/index.ts";
import { print, resolve } from "../../src/filter/index.ts";
import { splitMode } from "../../src/kanbert/archived.ts";
import type { ArchivedMode } from "../../src/kanbert/catalogue.ts";
import { compileNode } from "./compile-node.ts";
import type { FilterEndpoint } from "./endpoints.ts";
import { SqlParams } from "./params.ts";
import { type RawListFilter, readFilter } from "./read-filter.ts";
import { unstorableText } from "./text-check.ts";

export type { RawListFilter } from "./read-filter.ts";

export interface ListFilterOptions {
  /** `now`, `today`, `sow` … resolve against this instant (UTC). */
  now: Date;
  /** `me.id`. */
  meId: string;
  /** Placeholders start at `$<paramOffset + 1>`; default 0. */
  paramOffset?: number;
}

export type ListFilterResult =
  | {
      ok: true;
      /** A boolean SQL expression without `archived` / `sub_tasks_in_list`; null = no condition. */
      where: string | null;
      params: unknown[];
      /** From a top-level `archived eq …` (default `without`), on endpoints that have the field. */
      archivedMode?: ArchivedMode;
      /** From a top-level `sub_tasks_in_list eq …` (default `with`), on endpoints that have it. */
      subTasksMode?: ArchivedMode;
      /** Canonical printed filter (`print`), specials kept symbolic: part of cursor fingerprints. */
      fingerprint: string;
    }
  | { ok: false; status: 400; message: string };

/** More values than this (PostgreSQL allows 65,535 parameters per statement) → 400. */
export const MAX_FILTER_PARAMS = 5_000;

/** A list request's filter → a parameterised WHERE fragment, or a 400 message. */
export function compileListFilter(
  raw: RawListFilter,
  endpoint: FilterEndpoint,
  options: ListFilterOptions,
): ListFilterResult {
  const read = readFilter(raw, endpoint.catalogue);
  if (!read.ok) return { ok: false, status: 400, message: read.message };
  const unstorable = unstorableText(read.ast);
  if (unstorable !== undefined) return { ok: false, status: 400, message: unstorable };
  const has = (name: string) => endpoint.catalogue.fields.some((field) => field.name === name);
  let rest: FilterNode | null = read.ast;
  let archivedMode: ArchivedMode | undefined;
  let subTasksMode: ArchivedMode | undefined;
  if (has("archived")) [archivedMode, rest] = takeMode(rest, "archived", "without");
  if (has("sub_tasks_in_list")) [subTasksMode, rest] = takeMode(rest, "sub_tasks_in_list", "with");
  const params = new SqlParams(options.paramOffset ?? 0);
  const resolved = resolve(rest, options.now, options.meId);
  const where = resolved === null ? null : compileNode(resolved, endpoint.fields, params);
  if (params.values.length > MAX_FILTER_PARAMS) {
    const message = `Invalid filter: it needs more than ${MAX_FILTER_PARAMS} values; make it smaller.`;
    return { ok: false, status: 400, message };
  }
  return {
    ok: true,
    where,
    params: params.values,
    ...(archivedMode === undefined ? {} : { archivedMode }),
    ...(subTasksMode === undefined ? {} : { subTasksMode }),
    fingerprint: print(read.ast),
  };
}

function takeMode(
  ast: FilterNode | null,
  field: string,
  fallback: ArchivedMode,
): [ArchivedMode, FilterNode | null] {
  const { mode, rest } = splitMode(ast, field);
  return [mode ?? fallback, rest];
}
