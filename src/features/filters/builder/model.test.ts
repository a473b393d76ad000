import { describe, expect, it } from "vitest";
import { and, any, cond, count, type FilterNode, or, parse, print, special } from "../../../filter/index.ts";
import { clientsFullCatalogue } from "../../../kanbert/catalogue.ts";
import { fromAst, toAst } from "./convert.ts";
import type { BuilderState, DraftGroup, DraftNode, DraftRow } from "./draft.ts";
import { type BuilderAction, initialState, reduce } from "./model.ts";

const run = (state: BuilderState, ...actions: BuilderAction[]) =>
  actions.reduce((s, a) => reduce(s, a, clientsFullCatalogue), state);
const textOf = (state: BuilderState) => print(toAst(state.root, clientsFullCatalogue).ast);
const child = (group: DraftGroup, i: number): DraftNode => {
  const node = group.children[i];
  if (!node) throw new Error(`no child ${i}`);
  return node;
};
const row = (node: DraftNode | undefined): DraftRow => {
  if (node?.type !== "row") throw new Error("not a row");
  return node;
};
const group = (node: DraftNode | undefined): DraftGroup => {
  if (node?.type !== "group") throw new Error("not a group");
  return node;
};
const ast = (text: string): FilterNode => {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  if (parsed.ast === null) throw new Error("empty");
  return parsed.ast;
};

describe("conversion", () => {
  it("shows an empty filter as an empty AND group and gives back null", () => {
    const state = initialState(null);
    expect(state.root).toEqual({ type: "group", id: "n1", kind: "and", children: [] });
    expect(toAst(state.root, clientsFullCatalogue)).toEqual({ ast: null, issues: [] });
  });

  it("shows a single condition as an AND group with one row", () => {
    const state = initialState(cond("name", "contains", "Acme"));
    expect(state.root.kind).toBe("and");
    expect(row(state.root.children[0])).toMatchObject({ field: "name", op: "contains", value: "Acme" });
  });

  it.each([
    'segment in ["A", "B"] and (name contains "Acme" or projects any (status eq "running" and is_acquisition eq true))',
    "projects.count gte 2 or projects none or origin_space.id isnotnull",
    '(name eq "a" and shortcode eq "b") and primary_contact.id eq me.id',
    'projects all (status eq "closed" or (name startswith "X" and shortcode endswith "Y"))',
    'name eq ""',
  ])("round-trips %s exactly", (text) => {
    const state = initialState(ast(text));
    const result = toAst(state.root, clientsFullCatalogue);
    expect(result.issues).toEqual([]);
    expect(result.ast).toEqual(ast(text));
    expect(print(result.ast)).toBe(text);
  });

  it("reports incomplete rows and validation issues on their rows", () => {
    let state = initialState(and(cond("name", "contains", "x"), cond("segment", "eq", "Z")));
    state = run(state, { type: "addCondition", groupId: state.root.id });
    const { ast: built, issues } = toAst(state.root, clientsFullCatalogue);
    const [first, second, third] = state.root.children;
    expect(issues).toEqual([
      { id: third?.id, message: "Choose a field.", incomplete: true },
      { id: second?.id, message: expect.stringContaining('"Z" is not a valid value') },
    ]);
    expect(built).toEqual(and(cond("name", "contains", "x"), cond("segment", "eq", "Z")));
    expect(first).toBeDefined();
  });

  it("puts issues inside a relation on the sub-row", () => {
    const state = initialState(any("projects", and(cond("status", "eq", "open"), cond("name", "eq", "a"))));
    const where = group(row(state.root.children[0]).where);
    const issues = toAst(state.root, clientsFullCatalogue).issues;
    expect(issues.map((i) => i.id)).toEqual([where.children[0]?.id]);
  });
});

describe("transitions", () => {
  it("adds a blank condition and a group with one blank row", () => {
    const state = run(
      initialState(null),
      { type: "addCondition", groupId: "n1" },
      { type: "addGroup", groupId: "n1" },
    );
    expect(row(child(state.root, 0))).toEqual({ type: "row", id: "n2", field: "", op: "", value: undefined });
    const nested = group(child(state.root, 1));
    expect(nested.kind).toBe("and");
    expect(nested.children).toHaveLength(1);
  });

  it("nests groups to any depth and prints parentheses", () => {
    let state = run(initialState(null), { type: "addGroup", groupId: "n1" });
    const inner = group(child(state.root, 0));
    state = run(state, { type: "addGroup", groupId: inner.id });
    const deepest = group(child(group(child(state.root, 0)), 1));
    const blank = row(child(deepest, 0));
    state = run(
      state,
      { type: "setField", id: row(child(inner, 0)).id, field: "name" },
      { type: "setValue", id: row(child(inner, 0)).id, value: "a" },
      { type: "setField", id: blank.id, field: "shortcode" },
      { type: "setValue", id: blank.id, value: "b" },
      { type: "addCondition", groupId: deepest.id },
    );
    const last = row(child(group(child(group(child(state.root, 0)), 1)), 1));
    state = run(
      state,
      { type: "setField", id: last.id, field: "segment" },
      { type: "setValue", id: last.id, value: "A" },
      { type: "setKind", groupId: deepest.id, kind: "or" },
    );
    expect(textOf(state)).toBe('name contains "a" and (shortcode contains "b" or segment eq "A")');
  });

  it("moves a row up and down within its group, and not past the ends", () => {
    const start = initialState(
      and(cond("name", "eq", "a"), cond("name", "eq", "b"), cond("name", "eq", "c")),
    );
    const b = child(start.root, 1).id;
    expect(textOf(run(start, { type: "move", id: b, direction: "up" }))).toBe(
      'name eq "b" and name eq "a" and name eq "c"',
    );
    expect(textOf(run(start, { type: "move", id: b, direction: "down" }))).toBe(
      'name eq "a" and name eq "c" and name eq "b"',
    );
    const first = child(start.root, 0).id;
    expect(run(start, { type: "move", id: first, direction: "up" }).root).toEqual(start.root);
  });

  it("deletes rows and groups; deleting the last row leaves an empty filter", () => {
    const start = initialState(
      or(cond("name", "eq", "a"), and(cond("name", "eq", "b"), cond("name", "eq", "c"))),
    );
    const nested = child(start.root, 1).id;
    expect(textOf(run(start, { type: "remove", id: nested }))).toBe('name eq "a"');
    const all = run(start, { type: "remove", id: nested }, { type: "remove", id: child(start.root, 0).id });
    expect(toAst(all.root, clientsFullCatalogue).ast).toBeNull();
  });

  it("duplicates a row or a whole group with fresh ids, right after the original", () => {
    const start = initialState(
      and(cond("name", "eq", "a"), any("projects", cond("status", "eq", "running"))),
    );
    const relation = child(start.root, 1);
    const state = run(start, { type: "duplicate", id: relation.id });
    expect(textOf(state)).toBe(
      'name eq "a" and projects any (status eq "running") and projects any (status eq "running")',
    );
    const ids = JSON.stringify(state.root).match(/"n\d+"/g) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("changing the field picks its preferred operator and a sensible value", () => {
    const start = initialState(cond("name", "contains", "Acme"));
    const id = child(start.root, 0).id;
    expect(row(child(run(start, { type: "setField", id, field: "segment" }).root, 0))).toMatchObject({
      op: "eq",
      value: undefined,
    });
    expect(
      row(child(run(start, { type: "setField", id, field: "primary_contact.id" }).root, 0)),
    ).toMatchObject({
      op: "eq",
      value: undefined,
    });
    const relation = row(child(run(start, { type: "setField", id, field: "projects" }).root, 0));
    expect(relation).toMatchObject({ op: "any", where: { type: "group", children: [] } });
  });

  it("changing the operator keeps values that fit, converts scalar ↔ list and drops them for null checks", () => {
    const start = initialState(cond("segment", "eq", "A"));
    const id = child(start.root, 0).id;
    const listed = run(start, { type: "setOperator", id, op: "in" });
    expect(row(child(listed.root, 0)).value).toEqual(["A"]);
    expect(row(child(run(listed, { type: "setOperator", id, op: "eq" }).root, 0)).value).toBe("A");
    expect(row(child(run(start, { type: "setOperator", id, op: "ne" }).root, 0)).value).toBe("A");
    const nulled = run(start, { type: "setOperator", id, op: "isnull" });
    expect(row(child(nulled.root, 0)).value).toBeUndefined();
    expect(row(child(run(nulled, { type: "setOperator", id, op: "in" }).root, 0)).value).toEqual([]);
  });

  it("switches a relation between any/none/all (keeping the sub-builder) and count", () => {
    const start = initialState(any("projects", cond("status", "eq", "running")));
    const id = child(start.root, 0).id;
    expect(textOf(run(start, { type: "setOperator", id, op: "none" }))).toBe(
      'projects none (status eq "running")',
    );
    const counted = run(start, { type: "setOperator", id, op: "count" });
    expect(textOf(counted)).toBe("projects.count gte 1");
    expect(
      textOf(run(counted, { type: "setCountOperator", id, op: "lt" }, { type: "setValue", id, value: 3 })),
    ).toBe("projects.count lt 3");
    expect(count("projects", "lt", 3)).toEqual(
      toAst(
        run(counted, { type: "setCountOperator", id, op: "lt" }, { type: "setValue", id, value: 3 }).root,
        clientsFullCatalogue,
      ).ast,
    );
  });

  it("offers relation sub-fields inside the sub-builder", () => {
    let state = initialState(any("projects"));
    const where = group(row(child(state.root, 0)).where);
    state = run(state, { type: "addCondition", groupId: where.id });
    const sub = row(child(group(row(child(state.root, 0)).where), 0));
    state = run(state, { type: "setField", id: sub.id, field: "is_acquisition" });
    expect(textOf(state)).toBe("projects any (is_acquisition eq true)");
  });

  it("switches all/any, clears and resets", () => {
    const start = initialState(
      and(cond("name", "eq", "a"), cond("primary_contact.id", "eq", special("me.id"))),
    );
    expect(textOf(run(start, { type: "setKind", groupId: start.root.id, kind: "or" }))).toBe(
      'name eq "a" or primary_contact.id eq me.id',
    );
    expect(toAst(run(start, { type: "clear" }).root, clientsFullCatalogue).ast).toBeNull();
    const reset = run(start, { type: "reset", ast: cond("name", "eq", "z") });
    expect(textOf(reset)).toBe('name eq "z"');
    expect(fromAst(null, 7).root.id).toBe("n7");
  });
});
