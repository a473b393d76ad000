/** Query-string encoding as the API's own examples send it (RFC 3986: brackets, commas, quotes escaped). */

export type QueryValue = string | number | readonly string[] | null | undefined;

function encodeComponent(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Encodes `{ "page[size]": 50, sort: ["-created_at", "name"] }` → `page%5Bsize%5D=50&sort=-created_at%2Cname`. */
export function encodeQuery(params: Readonly<Record<string, QueryValue>>): string {
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(params)) {
    if (raw === undefined || raw === null) continue;
    // Stryker disable next-line ConditionalExpression: String() of a list joins it with commas too
    const value = typeof raw === "string" || typeof raw === "number" ? String(raw) : raw.join(",");
    if (value === "" && typeof raw !== "string") continue;
    parts.push(`${encodeComponent(key)}=${encodeComponent(value)}`);
  }
  return parts.join("&");
}

export interface ListParams {
  pageSize?: number;
  cursor?: string | null;
  /** Filter text (DSL) or JSON, sent as is. */
  filter?: string | null;
  sort?: readonly string[];
  include?: readonly string[];
}

export function listQuery(params: ListParams): Record<string, QueryValue> {
  return {
    "page[size]": params.pageSize,
    "page[cursor]": params.cursor ?? undefined,
    filter: params.filter || undefined,
    sort: params.sort,
    include: params.include,
  };
}

type FindBy = "id" | "external_id" | "shortcode";

/** Which client a single-client route means: by id (default), shortcode, or external id in an origin. */
export interface ClientLookup {
  key: string;
  findBy?: FindBy;
  origin?: string | null;
}

export function lookupPath(lookup: ClientLookup): { segment: string; query: Record<string, QueryValue> } {
  const findBy = lookup.findBy ?? "id";
  return {
    segment: encodeComponent(lookup.key),
    query: {
      find_by: findBy === "id" ? undefined : findBy,
      origin: findBy === "external_id" ? (lookup.origin ?? undefined) : undefined,
    },
  };
}
