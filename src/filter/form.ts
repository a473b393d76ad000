import type { FilterNode, Scalar } from "./ast.ts";
import { isList, isSymbolic } from "./ast.ts";
import { normalize } from "./build.ts";
import type { Catalogue } from "./catalogue.ts";
import { findField } from "./catalogue.ts";
import type { FilterError, Result } from "./errors.ts";
import { fromJson } from "./json.ts";
import { specialToken } from "./special-token.ts";

/**
 * Form encoding (SPEC §6.1): `filter[i][field]`, `filter[i][op]`, `filter[i][value]`, a flat
 * implicit AND of simple conditions, ordered by i. Decision: a list value is repeated
 * `filter[i][value][]` keys (indexed `filter[i][value][j]` is read too). Form values are text:
 * a special token becomes the special, a `….count` value becomes a number, and — only when a
 * catalogue is given — "true"/"false" become booleans and numerals numbers on boolean / number
 * fields. Parameters not starting with `filter[` are ignored.
 */
export function fromFormEncoded(
  params: Iterable<readonly [string, string]>,
  catalogue?: Catalogue,
): Result<FilterNode | null> {
  const entries = new Map<number, { field?: string; op?: string; value?: string; list?: string[] }>();
  for (const [key, text] of params) {
    if (!key.startsWith("filter[")) continue;
    const match = /^filter\[(\d{1,6})\]\[(field|op|value)\](\[\d*\])?$/.exec(key);
    const index = Number(match?.[1]);
    const part = match?.[2];
    if (match === null || (match[3] !== undefined && part !== "value"))
      return bad(`unrecognised parameter '${key}'`);
    const entry = entries.get(index) ?? {};
    entries.set(index, entry);
    if (match[3] !== undefined) entry.list = [...(entry.list ?? []), text];
    else if (part === "field" || part === "op" || part === "value") {
      if (entry[part] !== undefined) return bad(`'${key}' is given twice`);
      entry[part] = text;
    }
  }
  const conditions: Record<string, unknown>[] = [];
  for (const [index, entry] of [...entries.entries()].sort(([a], [b]) => a - b)) {
    if (entry.value !== undefined && entry.list !== undefined)
      return bad(`filter[${index}] has both a value and a list`);
    const condition: Record<string, unknown> = { field: entry.field, op: entry.op };
    if (entry.list !== undefined)
      condition.value = entry.list.map((item) => coerce(entry.field, item, catalogue));
    else if (entry.value !== undefined) condition.value = coerce(entry.field, entry.value, catalogue);
    conditions.push(condition);
  }
  const result = fromJson(conditions);
  if (result.ok) return result;
  return { ok: false, error: { ...result.error, message: `filter${result.error.message}` } };
}

function coerce(field: string | undefined, text: string, catalogue?: Catalogue): string | number | boolean {
  const numeral = /^-?\d+(\.\d+)?$/.test(text);
  if (field?.endsWith(".count") && numeral) return Number(text);
  const type =
    field === undefined || catalogue === undefined
      ? undefined
      : findField(catalogue.fields, field)?.type.kind;
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  if (type === "number" && numeral) return Number(text);
  return text;
}

function bad(message: string): { ok: false; error: FilterError } {
  return { ok: false, error: { message, offset: 0, length: 0 } };
}

export type FormResult = { ok: true; params: [string, string][] } | { ok: false; error: FilterError };

/** The form encoding of a flat AND of conditions / counts; anything else is an error value. */
export function toFormEncoded(ast: FilterNode | null): FormResult {
  const node = normalize(ast);
  const items = node === null ? [] : node.type === "group" && node.kind === "and" ? node.children : [node];
  const params: [string, string][] = [];
  for (const [i, item] of items.entries()) {
    const key = (part: string) => `filter[${i}][${part}]`;
    if (item.type === "count") {
      params.push(
        [key("field"), `${item.field}.count`],
        [key("op"), item.op],
        [key("value"), String(item.value)],
      );
      continue;
    }
    if (item.type !== "condition") return bad("only conditions joined by 'and' can be form-encoded");
    params.push([key("field"), item.field], [key("op"), item.op]);
    if (!("value" in item)) continue;
    const value = item.value;
    if (isList(value)) {
      if (value.length === 0) return bad("an empty list cannot be form-encoded");
      for (const scalar of value) params.push([`${key("value")}[]`, formText(scalar) ?? ""]);
      if (value.some((scalar) => formText(scalar) === undefined)) return bad("null cannot be form-encoded");
    } else {
      const text = formText(value);
      if (text === undefined) return bad("null cannot be form-encoded");
      params.push([key("value"), text]);
    }
  }
  return { ok: true, params };
}

function formText(value: Scalar): string | undefined {
  if (value === null) return undefined;
  return isSymbolic(value) ? specialToken(value) : String(value);
}
