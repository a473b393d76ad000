import type { ArchivedMode } from "../../src/kanbert/catalogue.ts";
import type { Queryable, Row } from "../db/db.ts";
import { type FilterEndpoint, SqlParams } from "../filter/index.ts";
import { decodeCursor, encodeCursor, fingerprint } from "../sql/cursor.ts";
import { compileFilter, readRawFilter } from "../sql/filter.ts";
import { type ListSource, runList } from "../sql/list.ts";
import { parseSort, printSort } from "../sql/sort.ts";
import { badRequest, fieldError } from "./errors.ts";

const DEFAULT_PAGE_SIZE = 30;
const MAX_PAGE_SIZE = 100;

export interface ListEndpoint<T> {
  /** The endpoint's entry in backend/filter: its catalogue and its field → SQL map (qualified with `source`'s aliases). */
  filter: FilterEndpoint;
  source: ListSource;
  /** `filter`: from the filter's `archived` condition (default without); otherwise fixed. */
  archived: "filter" | ArchivedMode;
  /** Fixed conditions of this caller (e.g. visibility), their values added to `params`. */
  where?: (params: SqlParams) => string[];
  /**
   * Includes read in the page's own query: include name → a select-list expression, which comes
   * back in each row as `include_<name>` (one round trip instead of one more per include).
   */
  includeColumns?: Readonly<Record<string, string>>;
  /** Maps a page of rows to API items (may load includes). */
  present: (rows: Row[], includes: readonly string[]) => Promise<T[]>;
}

function parsePageSize(raw: string | null): number {
  if (raw === null) return DEFAULT_PAGE_SIZE;
  if (!/^-?\d+$/.test(raw)) return invalid("The page.size field must be an integer.");
  const size = Number(raw);
  if (size < 1) return invalid("The page.size field must be at least 1.");
  if (size > MAX_PAGE_SIZE) return invalid(`The page.size field must not be greater than ${MAX_PAGE_SIZE}.`);
  return size;
}

function invalid(message: string): never {
  throw fieldError("page.size", message);
}

function parseIncludes(raw: string | null, allowed: readonly string[]): string[] {
  if (raw === null || raw === "") return [];
  const items = raw.split(",");
  for (const item of items) {
    if (!allowed.includes(item)) {
      const list = allowed.length > 0 ? allowed.join(", ") : "none";
      throw badRequest(
        `Requested include(s) \`${item}\` is not allowed. Allowed include(s) are \`${list}\`.`,
      );
    }
  }
  return [...new Set(items)];
}

/** A list request as any server sees it: its URL, the caller (`me.id`), the database and the clock. */
export interface ListRequest {
  url: string;
  meId: string;
  db: Queryable;
  now: Date;
}

/** One cursor page of any list endpoint, in the envelope of SPEC §3. */
export async function listPage<T>(request: ListRequest, endpoint: ListEndpoint<T>) {
  const url = new URL(request.url);
  const search = url.searchParams;
  const pageSize = parsePageSize(search.get("page[size]"));
  const sort = parseSort(search.get("sort"), endpoint.filter.catalogue.sorts);
  const includes = parseIncludes(search.get("include"), endpoint.filter.catalogue.includes);
  const params = new SqlParams();
  const fixed = endpoint.where?.(params) ?? [];
  const filter = compileFilter(readRawFilter(search), {
    endpoint: endpoint.filter,
    params,
    meId: request.meId,
    now: request.now,
  });
  if (!filter.ok) throw badRequest(filter.message);
  const archived = endpoint.archived === "filter" ? filter.archived : endpoint.archived;
  const print = fingerprint([
    endpoint.filter.catalogue.endpoint,
    printSort(sort),
    filter.canonical,
    archived,
  ]);
  const rawCursor = search.get("page[cursor]");
  const cursor =
    rawCursor === null || rawCursor === ""
      ? null
      : decodeCursor(rawCursor, {
          fingerprint: print,
          keys: sort.map((item) => endpoint.source.keys[item.key] ?? { type: "text", nullable: false }),
        });

  const extra = includes.flatMap((name) => {
    const column = endpoint.includeColumns?.[name];
    return column === undefined ? [] : [`${column} as include_${name}`];
  });
  const source = { ...endpoint.source, select: [endpoint.source.select, ...extra].join(", ") };
  const result = await runList(request.db, {
    source,
    sort,
    where: filter.where ? [...fixed, filter.where] : fixed,
    archived,
    params,
    cursor,
    pageSize,
  });
  const backwards = cursor?.direction === "p";
  const make = (direction: "n" | "p", at: { values: (string | null)[]; id: string } | null) =>
    at ? encodeCursor({ direction, values: at.values, id: at.id, fingerprint: print }) : null;
  // Forward: more rows → next; came from a cursor → prev. Backward: the mirror image.
  const next = make("n", (backwards ? true : result.hasMore) ? result.last : null);
  const prev = make("p", (backwards ? result.hasMore : cursor !== null) ? result.first : null);
  const linkTo = (value: string | null) => {
    if (value === null) return null;
    const target = new URL(url);
    target.searchParams.set("page[cursor]", value);
    return target.toString();
  };
  return {
    data: await endpoint.present(result.rows, includes),
    links: [],
    meta: {
      path: `${url.origin}${url.pathname}`,
      per_page: pageSize,
      next_cursor: next,
      next_cursor_url: linkTo(next),
      prev_cursor: prev,
      prev_cursor_url: linkTo(prev),
    },
  };
}
