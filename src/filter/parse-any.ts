import type { FilterNode } from "./ast.ts";
import type { Result } from "./errors.ts";
import { fromJson } from "./json.ts";
import { parse } from "./parse.ts";

/**
 * The `filter` query parameter accepts JSON or DSL: text starting with `[` or `{` is read as
 * JSON (no DSL text can start that way), anything else as DSL. JSON errors span the whole text.
 */
export function parseAny(text: string): Result<FilterNode | null> {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) return parse(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (caught) {
    const reason = caught instanceof Error ? caught.message : String(caught);
    return {
      ok: false,
      error: { message: `invalid JSON filter: ${reason}`, offset: 0, length: text.length },
    };
  }
  const result = fromJson(value);
  return result.ok ? result : { ok: false, error: { ...result.error, offset: 0, length: text.length } };
}
