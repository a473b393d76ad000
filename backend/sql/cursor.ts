import { createHash } from "node:crypto";
import { z } from "zod";
import { isStorableText } from "../filter/text-check.ts";
import { badRequest } from "../http/errors.ts";

/**
 * Opaque keyset cursor: base64url(JSON) of the boundary row's sort values and id, the direction,
 * and a fingerprint of the endpoint + filter + sort it was issued for.
 */
export interface Cursor {
  /** "n" = rows after the boundary (next page), "p" = rows before it (previous page). */
  direction: "n" | "p";
  values: (string | null)[];
  id: string;
  fingerprint: string;
}

const Payload = z.object({
  d: z.enum(["n", "p"]),
  k: z.array(z.string().nullable()),
  i: z.string(),
  f: z.string(),
});

export function fingerprint(parts: readonly string[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 16);
}

export function encodeCursor(cursor: Cursor): string {
  const payload = { d: cursor.direction, k: cursor.values, i: cursor.id, f: cursor.fingerprint };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

const INVALID = "The cursor is invalid.";

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export interface CursorKey {
  type: "text" | "timestamptz";
  nullable: boolean;
}

function valueFits(value: string | null, key: CursorKey): boolean {
  if (value === null) return key.nullable;
  return key.type === "text" ? isStorableText(value) : isTimestamp(value);
}

/** A real instant PostgreSQL accepts: no Feb 30 (JS would roll it over), no year 0. */
function isTimestamp(value: string): boolean {
  const ms = Date.parse(value);
  if (!TIMESTAMP.test(value) || Number.isNaN(ms) || value.startsWith("0000")) return false;
  return new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** Decodes and checks a cursor against the current request (`keys`: the sort keys); anything off → 400. */
export function decodeCursor(
  raw: string,
  expected: { fingerprint: string; keys: readonly CursorKey[] },
): Cursor {
  // Canonical base64url only: lenient decoders ignore trailing garbage.
  if (!/^[A-Za-z0-9_-]+$/.test(raw) || Buffer.from(raw, "base64url").toString("base64url") !== raw) {
    throw badRequest(INVALID);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw badRequest(INVALID);
  }
  const parsed = Payload.safeParse(json);
  if (!parsed.success) throw badRequest(INVALID);
  const { d, k, i, f } = parsed.data;
  if (f !== expected.fingerprint) {
    throw badRequest("The cursor was issued for another filter or sort; start again from the first page.");
  }
  if (
    !isStorableText(i) ||
    k.length !== expected.keys.length ||
    !expected.keys.every((key, n) => valueFits(k[n] ?? null, key))
  ) {
    throw badRequest(INVALID);
  }
  return { direction: d, values: k, id: i, fingerprint: f };
}
