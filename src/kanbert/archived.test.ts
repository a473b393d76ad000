import { describe, expect, it } from "vitest";
import { parse, print } from "../filter/index.ts";
import { splitArchived, splitMode, withArchived } from "./archived.ts";

function ast(text: string) {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

describe("splitArchived / withArchived (the archived mode of a list filter)", () => {
  it("takes a top-level archived condition out of the filter", () => {
    const { mode, rest } = splitArchived(ast('archived eq "only" and segment eq "A"'));
    expect(mode).toBe("only");
    expect(print(rest)).toBe('segment eq "A"');
  });

  it("names no mode when the filter has none, and keeps the filter", () => {
    const { mode, rest } = splitArchived(ast('segment eq "A"'));
    expect(mode).toBeUndefined();
    expect(print(rest)).toBe('segment eq "A"');
    expect(splitArchived(null)).toEqual({ mode: undefined, rest: null });
  });

  it("puts a non-default mode back in front, and leaves the default out", () => {
    expect(print(withArchived(ast('segment eq "A"'), "only"))).toBe('archived eq "only" and segment eq "A"');
    expect(print(withArchived(null, "with"))).toBe('archived eq "with"');
    expect(print(withArchived(ast('segment eq "A"'), "without"))).toBe('segment eq "A"');
    expect(withArchived(null, "without")).toBeNull();
  });

  it("splits any mode field the same way (the emulator's sub_tasks_in_list)", () => {
    const { mode, rest } = splitMode(
      ast('sub_tasks_in_list eq "only" and name contains "x"'),
      "sub_tasks_in_list",
    );
    expect(mode).toBe("only");
    expect(print(rest)).toBe('name contains "x"');
  });
});
