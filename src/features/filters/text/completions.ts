import {
  type Catalogue,
  COUNT_OPERATORS,
  describeField,
  type FieldSpec,
  findField,
  lookupOperator,
  QUANTIFIERS,
} from "../../../filter/index.ts";

/**
 * Suggestions for the word at the caret of a filter being typed: field names where a field may
 * start (the relation's sub-fields inside `projects any (…)`), the operators the field before it
 * allows, its enum values / true, false / me.id / date macros, then `and` / `or`.
 */

export interface Completion {
  label: string;
  /** Text that replaces the word at the caret. */
  insert: string;
  detail?: string;
}

export interface CompletionResult {
  from: number;
  to: number;
  items: Completion[];
}

type Token = { kind: "word" | "string" | "number" | "punct" | "symbol"; text: string; end: number };

const TOKEN =
  /\s*(?:("(?:\\.|[^"\\])*"?|'(?:\\.|[^'\\])*'?)|(-?\d+(?:\.\d+)?(?![\w.]))|([A-Za-z_][\w.]*(?:[+-]\d+d)?)|([()[\],])|(&&|\|\||<=|>=|!=|<>|==|[=<>]))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null && match[0] !== ""; match = TOKEN.exec(text)) {
    const [, str, num, word, punct, symbol] = match;
    const end = TOKEN.lastIndex;
    if (str !== undefined) tokens.push({ kind: "string", text: str, end });
    else if (num !== undefined) tokens.push({ kind: "number", text: num, end });
    else if (word !== undefined) tokens.push({ kind: "word", text: word, end });
    else if (punct !== undefined) tokens.push({ kind: "punct", text: punct, end });
    else if (symbol !== undefined) tokens.push({ kind: "symbol", text: symbol, end });
  }
  return tokens;
}

type Expect = "field" | "op" | "value" | "list" | "quantified" | "after";

interface Context {
  expect: Expect;
  fields: readonly FieldSpec[];
  field?: FieldSpec;
  /** The field was written `rel.count`. */
  counting?: boolean;
}

function contextOf(tokens: readonly Token[], catalogue: Catalogue): Context {
  const stack: (readonly FieldSpec[])[] = [];
  let ctx: Context = { expect: "field", fields: catalogue.fields };
  for (const { kind, text } of tokens) {
    const lower = text.toLowerCase();
    if (text === "(" && kind === "punct") {
      stack.push(ctx.fields);
      const sub =
        ctx.expect === "quantified" && ctx.field?.type.kind === "relation"
          ? ctx.field.type.fields
          : ctx.fields;
      ctx = { expect: "field", fields: sub };
    } else if (text === ")" && kind === "punct") {
      ctx = { expect: "after", fields: stack.pop() ?? catalogue.fields };
    } else if (kind !== "string" && ["and", "or", "&&", "||"].includes(lower) && ctx.expect !== "value") {
      ctx = { expect: "field", fields: ctx.fields };
    } else if (ctx.expect === "field") {
      const counting = text.endsWith(".count");
      const field = findField(ctx.fields, counting ? text.slice(0, -6) : text);
      ctx = field
        ? { expect: "op", fields: ctx.fields, field, counting }
        : { expect: "after", fields: ctx.fields };
    } else if (ctx.expect === "op") {
      const op = lookupOperator(text);
      if (op?.kind === "quantifier") ctx = { ...ctx, expect: "quantified" };
      else if (op?.op === "isnull" || op?.op === "isnotnull") ctx = { ...ctx, expect: "after" };
      else ctx = { ...ctx, expect: op ? "value" : "after" };
    } else if (ctx.expect === "value") {
      ctx = { ...ctx, expect: text === "[" ? "list" : "after" };
    } else if (ctx.expect === "list") {
      if (text === "]") ctx = { ...ctx, expect: "after" };
    }
  }
  return ctx;
}

const quoteValue = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

function operatorItems(ctx: Context): Completion[] {
  const field = ctx.field;
  if (!field) return [];
  if (ctx.counting) return COUNT_OPERATORS.map((op) => ({ label: op, insert: `${op} ` }));
  return field.operators
    .filter((op) => op !== "count")
    .map((op) => ({
      label: op,
      insert: `${op} `,
      detail: QUANTIFIERS.some((q) => q === op) ? "relation" : undefined,
    }));
}

function valueItems(ctx: Context): Completion[] {
  const field = ctx.field;
  if (!field || ctx.counting) return [];
  const editor = describeField(field);
  const specials = editor.specials.map((name) => ({ label: name, insert: name, detail: "special value" }));
  if (editor.editor === "enum")
    return (editor.enumValues ?? []).map((v) => ({ label: v, insert: quoteValue(v) }));
  if (editor.editor === "boolean")
    return [
      { label: "true", insert: "true" },
      { label: "false", insert: "false" },
    ];
  return specials;
}

function itemsFor(ctx: Context): Completion[] {
  switch (ctx.expect) {
    case "field":
      return ctx.fields.map((f) => ({
        label: f.name,
        insert: `${f.name} `,
        detail: f.type.kind === "relation" ? `${f.label} (relation)` : f.label,
      }));
    case "op":
      return operatorItems(ctx);
    case "value":
    case "list":
      return valueItems(ctx);
    case "quantified":
      return [{ label: "(", insert: "(", detail: "condition on each related row" }, ...joiners()];
    case "after":
      return joiners();
  }
}

const joiners = (): Completion[] => [
  { label: "and", insert: "and " },
  { label: "or", insert: "or " },
];

/** Suggestions for the word ending at `caret`; empty when nothing fits. */
export function completionsAt(text: string, caret: number, catalogue: Catalogue): CompletionResult {
  const tokens = tokenize(text.slice(0, caret));
  const last = tokens[tokens.length - 1];
  const open = (t: Token) =>
    t.kind === "string" && (t.text.length === 1 || !t.text.endsWith(t.text.charAt(0)));
  const partial = last !== undefined && last.end === caret && (last.kind === "word" || open(last));
  const prefix = partial ? last.text : "";
  const from = caret - prefix.length;
  const ctx = contextOf(partial ? tokens.slice(0, -1) : tokens, catalogue);
  const needle = prefix.replace(/^["']/, "").toLowerCase();
  const items = itemsFor(ctx).filter((item) => {
    const label = item.label.toLowerCase();
    return label.startsWith(needle) && item.insert.trim() !== prefix;
  });
  return { from, to: caret, items };
}
