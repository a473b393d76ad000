import fc from "fast-check";
import type { FieldSpec, FilterNode, Scalar, ValueOperator } from "../../../src/filter/index.ts";
import { cond, count, quantified, special, todayOffset } from "../../../src/filter/index.ts";

/**
 * Filters that pass `validate` for a catalogue, with values near the fixture's so that results are
 * neither always empty nor always full. `archived` / `sub_tasks_in_list` are left out (modes).
 */

const WORDS = [
  "acme",
  "Corp",
  "ACME",
  "labs",
  "o'b",
  "&",
  "%",
  "_",
  "\\",
  "i",
  "Pitch",
  "bug",
  "-1",
  "INI",
  "",
];
const text = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ unit: fc.constantFrom("a", "C", "%", "_", "'", "e"), maxLength: 3 }),
);
const IDS = ["u-alice", "u-bob", "u-gina", "c1", "c2", "c4", "p1", "p3", "s-partner", "nope"];
const id = fc.oneof(fc.constantFrom(...IDS), fc.constant(special("me.id")));
const DATES = [
  "2025-03-12",
  "2025-03-10",
  "2025-02-20",
  "2025-03-17",
  "2025-03-31",
  "2025-03-01",
  "2024-12-01",
];
const INSTANTS = [
  "2025-03-12T08:00:00Z",
  "2025-03-12T12:00:00Z",
  "2025-03-12T10:00:00Z",
  "2025-02-15T10:00:00.000Z",
];
const temporal: fc.Arbitrary<Scalar> = fc.oneof(
  fc.constantFrom(...DATES, ...INSTANTS),
  fc.constantFrom("now", "today", "sow", "eow", "som", "eom" as const).map(special),
  fc.integer({ min: -40, max: 40 }).map(todayOffset),
);

function scalarFor(spec: FieldSpec): fc.Arbitrary<Scalar> {
  switch (spec.type.kind) {
    case "string":
      return text;
    case "id":
      return id;
    case "enum":
      return fc.constantFrom(...spec.type.values);
    case "boolean":
      return fc.boolean();
    case "number":
      return fc.integer({ min: -3, max: 3 });
    case "date":
    case "datetime":
      return temporal;
    case "relation":
      return fc.constant(null);
  }
}

function leaf(spec: FieldSpec, depth: number): fc.Arbitrary<FilterNode> {
  const type = spec.type;
  if (type.kind === "relation") {
    const ops = spec.operators.filter((op) => op === "any" || op === "none" || op === "all");
    const quantifier = fc
      .tuple(fc.constantFrom(...ops), fc.option(nodeFor(type.fields, depth - 1), { nil: undefined }))
      .map(([q, where]) => quantified(spec.name, q, where));
    const counted = fc
      .tuple(
        fc.constantFrom("eq" as const, "ne" as const, "lt" as const, "gte" as const, "gt" as const),
        fc.nat(3),
      )
      .map(([op, n]) => count(spec.name, op, n));
    return spec.operators.includes("count") ? fc.oneof(quantifier, counted) : quantifier;
  }
  const ops = spec.operators.filter(
    (op): op is ValueOperator | "isnull" | "isnotnull" => !["any", "none", "all", "count"].includes(op),
  );
  return fc.constantFrom(...ops).chain((op): fc.Arbitrary<FilterNode> => {
    if (op === "isnull" || op === "isnotnull") return fc.constant(cond(spec.name, op));
    // An empty list is not a filter (validate refuses `in []`): lists hold one to three values.
    if (op === "in" || op === "nin")
      return fc
        .array(scalarFor(spec), { minLength: 1, maxLength: 3 })
        .map((list) => cond(spec.name, op, list));
    return scalarFor(spec).map((value) => cond(spec.name, op, value));
  });
}

export function nodeFor(fields: readonly FieldSpec[], depth = 3): fc.Arbitrary<FilterNode> {
  const usable = fields.filter((field) => field.name !== "archived" && field.name !== "sub_tasks_in_list");
  const leaves = fc.constantFrom(...usable).chain((spec) => leaf(spec, depth));
  if (depth <= 0) return leaves;
  const group = fc
    .tuple(
      fc.constantFrom("and" as const, "or" as const),
      fc.array(nodeFor(fields, depth - 1), { minLength: 2, maxLength: 3 }),
    )
    .map(([kind, children]): FilterNode => ({ type: "group", kind, children }));
  return fc.oneof({ weight: 3, arbitrary: leaves }, { weight: 1, arbitrary: group });
}
