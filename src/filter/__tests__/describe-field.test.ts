import { describe, expect, it } from "vitest";
import type { FieldSpec } from "../catalogue.ts";
import { describeField } from "../describe-field.ts";

const field = (type: FieldSpec["type"], operators: FieldSpec["operators"]): FieldSpec => ({
  name: "f",
  label: "F",
  type,
  operators,
});

describe("describeField", () => {
  it("splits out the operators that take no value and those that take a list", () => {
    expect(
      describeField(field({ kind: "string" }, ["eq", "in", "isnull", "nin", "isnotnull", "contains"])),
    ).toStrictEqual({
      operators: ["eq", "in", "isnull", "nin", "isnotnull", "contains"],
      noValue: ["isnull", "isnotnull"],
      listValue: ["in", "nin"],
      editor: "text",
      specials: [],
    });
  });

  it("offers me.id for ids and the enum's values for enums", () => {
    expect(describeField(field({ kind: "id", of: "User" }, ["eq"]))).toStrictEqual({
      operators: ["eq"],
      noValue: [],
      listValue: [],
      editor: "id",
      specials: ["me.id"],
    });
    expect(describeField(field({ kind: "enum", values: ["A", "B"] }, ["in"]))).toStrictEqual({
      operators: ["in"],
      noValue: [],
      listValue: ["in"],
      editor: "enum",
      enumValues: ["A", "B"],
      specials: [],
    });
  });

  it("gives a relation its sub-fields", () => {
    const sub = field({ kind: "boolean" }, ["eq"]);
    expect(describeField(field({ kind: "relation", fields: [sub] }, ["any", "count"]))).toStrictEqual({
      operators: ["any", "count"],
      noValue: [],
      listValue: [],
      editor: "relation",
      fields: [sub],
      specials: [],
    });
  });

  it("offers the date specials for dates and date-times only", () => {
    const dateSpecials = ["today", "now", "sow", "eow", "som", "eom"];
    expect(describeField(field({ kind: "date" }, ["lt"]))).toStrictEqual({
      operators: ["lt"],
      noValue: [],
      listValue: [],
      editor: "date",
      specials: dateSpecials,
    });
    expect(describeField(field({ kind: "datetime" }, ["gte"]))).toStrictEqual({
      operators: ["gte"],
      noValue: [],
      listValue: [],
      editor: "datetime",
      specials: dateSpecials,
    });
    expect(describeField(field({ kind: "number" }, ["gt"]))).toStrictEqual({
      operators: ["gt"],
      noValue: [],
      listValue: [],
      editor: "number",
      specials: [],
    });
    expect(describeField(field({ kind: "boolean" }, ["eq", "ne"]))).toStrictEqual({
      operators: ["eq", "ne"],
      noValue: [],
      listValue: [],
      editor: "boolean",
      specials: [],
    });
  });
});
