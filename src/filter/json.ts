import type { FilterNode, Scalar, Value } from "./ast.ts";
import { isCountOperator, isFieldName, isList, isSymbolic } from "./ast.ts";
import { normalize } from "./build.ts";
import type { FilterError, Result } from "./errors.ts";
import { lookupOperator, OPERATOR_WORDS } from "./operators.ts";
import { fromSpecialToken, specialToken } from "./special-token.ts";
import { didYouMean } from "./suggest.ts";

type JsonScalar = string | number | boolean | null;
type JsonValue = JsonScalar | JsonScalar[];
interface JsonCondition {
  field: string;
  op: string;
  value?: JsonValue | JsonTree;
}
export type JsonTree = JsonCondition | { and: JsonTree[] } | { or: JsonTree[] } | JsonTree[];

/**
 * The JSON form (SPEC §6.1): a top-level AND is an array of its children (`[]` = no filter,
 * a lone condition is `[cond]`), an OR is `{"or": […]}`, nested groups are `{"and"|"or": […]}`.
 * Relations: `{"field":"projects","op":"any","value":<same shape as the top level>}` (no value
 * when bare) and `{"field":"projects.count","op":"gte","value":2}`. Specials become their
 * token strings, so a literal string equal to a special token cannot be expressed (per spec).
 */
export function toJson(ast: FilterNode | null): JsonTree[] | { or: JsonTree[] } {
  const node = normalize(ast);
  if (node === null) return [];
  if (node.type === "group") {
    const children = node.children.map(nodeToJson);
    return node.kind === "and" ? children : { or: children };
  }
  return [nodeToJson(node)];
}

function nodeToJson(node: FilterNode): JsonTree {
  switch (node.type) {
    case "group":
      return node.kind === "and"
        ? { and: node.children.map(nodeToJson) }
        : { or: node.children.map(nodeToJson) };
    case "count":
      return { field: `${node.field}.count`, op: node.op, value: node.value };
    case "quantifier":
      return node.where === undefined
        ? { field: node.field, op: node.quantifier }
        : { field: node.field, op: node.quantifier, value: toJson(node.where) };
    case "condition":
      return "value" in node
        ? { field: node.field, op: node.op, value: valueToJson(node.value) }
        : { field: node.field, op: node.op };
  }
}

function valueToJson(value: Value): JsonValue {
  return isList(value) ? value.map(scalarToJson) : scalarToJson(value);
}
const scalarToJson = (value: Scalar): JsonScalar => (isSymbolic(value) ? specialToken(value) : value);

class JsonFailure {
  constructor(readonly error: FilterError) {}
}
type Path = (string | number)[];
const MAX_DEPTH = 100;

function fail(path: Path, message: string): never {
  const where = path.map((step) => (typeof step === "number" ? `[${step}]` : `.${step}`)).join("");
  throw new JsonFailure({
    message: where === "" ? message : `${where.replace(/^\./, "")}: ${message}`,
    offset: 0,
    length: 0,
    path,
  });
}

/** Reads any JSON filter shape. Never throws; op names are case-insensitive, aliases accepted. */
export function fromJson(value: unknown): Result<FilterNode | null> {
  try {
    return { ok: true, ast: normalize(readTree(value, [], 0)) };
  } catch (caught) {
    if (caught instanceof JsonFailure) return { ok: false, error: caught.error };
    return {
      ok: false,
      error: { message: `unreadable JSON filter: ${String(caught)}`, offset: 0, length: 0 },
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readTree(value: unknown, path: Path, depth: number): FilterNode {
  if (depth > MAX_DEPTH) fail(path, `the filter is nested too deeply (over ${MAX_DEPTH} levels)`);
  if (Array.isArray(value)) return readGroup("and", value, path, depth);
  if (!isRecord(value))
    return fail(path, 'expected a condition object, an array or an {"and"/"or": […]} group');
  const keys = Object.keys(value);
  for (const kind of ["and", "or"] as const) {
    if (!keys.includes(kind)) continue;
    if (keys.length > 1)
      fail(path, `a group has only the key '${kind}', found also '${keys.find((k) => k !== kind)}'`);
    const children = value[kind];
    if (!Array.isArray(children)) return fail([...path, kind], `'${kind}' needs an array`);
    return readGroup(kind, children, [...path, kind], depth);
  }
  return readCondition(value, path, depth);
}

/** Empty and one-child groups are left to `normalize`. */
function readGroup(kind: "and" | "or", items: unknown[], path: Path, depth: number): FilterNode {
  const children = items.map((item, i) => readTree(item, [...path, i], depth + 1));
  return { type: "group", kind, children };
}

/** One `{field, op, value}` object. */
function readCondition(value: Record<string, unknown>, path: Path, depth: number): FilterNode {
  const extra = Object.keys(value).find((key) => key !== "field" && key !== "op" && key !== "value");
  if (extra !== undefined)
    fail([...path, extra], `unexpected key '${extra}' (a condition has field, op and value)`);
  const { field, op: opText } = value;
  if (typeof field !== "string" || !isFieldName(field))
    return fail([...path, "field"], 'expected a field name such as "name" or "primary_contact.id"');
  if (typeof opText !== "string") return fail([...path, "op"], 'expected an operator name such as "eq"');
  const op = lookupOperator(opText);
  if (op === undefined)
    return fail([...path, "op"], `unknown operator '${opText}'${didYouMean(opText, OPERATOR_WORDS)}`);
  const raw = value.value;
  const valuePath = [...path, "value"];
  if (op.kind === "quantifier") {
    const where = raw === undefined || raw === null ? null : normalize(readTree(raw, valuePath, depth + 1));
    return where === null
      ? { type: "quantifier", field, quantifier: op.op }
      : { type: "quantifier", field, quantifier: op.op, where };
  }
  if (op.op === "isnull" || op.op === "isnotnull") {
    if (raw !== undefined && raw !== null) fail(valuePath, `'${op.op}' takes no value`);
    return { type: "condition", field, op: op.op };
  }
  if (field.endsWith(".count") && isCountOperator(op.op)) {
    if (typeof raw !== "number" || !Number.isFinite(raw))
      return fail(valuePath, `'${field}' is compared with a number`);
    return { type: "count", field: field.slice(0, -".count".length), op: op.op, value: raw === 0 ? 0 : raw };
  }
  if (!("value" in value)) return fail(path, `'${op.op}' needs a value`);
  return { type: "condition", field, op: op.op, value: readValue(raw, valuePath) };
}

function readValue(raw: unknown, path: Path): Value {
  if (Array.isArray(raw)) return raw.map((item, i) => readScalar(item, [...path, i]));
  return readScalar(raw, path);
}

function readScalar(raw: unknown, path: Path): Scalar {
  if (raw === null || typeof raw === "boolean") return raw;
  if (typeof raw === "string") return fromSpecialToken(raw) ?? raw;
  if (typeof raw === "number" && Number.isFinite(raw)) return raw === 0 ? 0 : raw;
  if (Array.isArray(raw)) return fail(path, "a list cannot contain another list");
  return fail(path, "expected a string, number, boolean, null or a list of them");
}
