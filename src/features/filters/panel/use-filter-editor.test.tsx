// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { cond, quantified } from "../../../filter/index.ts";
import { clientsFullCatalogue } from "../../../kanbert/catalogue.ts";
import { useFilterEditor } from "./use-filter-editor.ts";

const setup = () => renderHook(() => useFilterEditor(clientsFullCatalogue));

describe("switching between builder and text", () => {
  it("gives back the very same tree, with unfinished rows and one-row groups", () => {
    const { result } = setup();
    act(() => result.current.reset(cond("name", "contains", "a")));
    act(() => result.current.dispatch({ type: "addGroup", groupId: result.current.state.root.id }));
    const before = result.current.state.root;
    act(() => result.current.switchTo("text"));
    expect(result.current.text).toBe('name contains "a"');
    act(() => result.current.switchTo("builder"));
    expect(result.current.state.root).toEqual(before);
  });

  it("parses edited text into the builder, and keeps the spelling typed when nothing changed", () => {
    const { result } = setup();
    act(() => result.current.switchTo("text"));
    act(() => result.current.editText("segment = 'A' AND projects.count >= 2"));
    act(() => result.current.switchTo("builder"));
    expect(result.current.mode).toBe("builder");
    expect(result.current.state.root.children).toHaveLength(2);
    expect(result.current.result).toEqual({ ok: true, ast: expect.objectContaining({ kind: "and" }) });
    act(() => result.current.switchTo("text"));
    expect(result.current.text).toBe("segment = 'A' AND projects.count >= 2");
  });

  it("refuses to leave text that does not parse, and explains why", () => {
    const { result } = setup();
    act(() => result.current.switchTo("text"));
    act(() => result.current.editText('segment eq "A" and'));
    act(() => result.current.switchTo("builder"));
    expect(result.current.mode).toBe("text");
    expect(result.current.blocked).toMatch(/fix the marked error first/);
    expect(result.current.result).toEqual({ ok: false, problems: 1 });
  });

  it("cannot apply an unfinished or invalid builder", () => {
    const { result } = setup();
    act(() => result.current.reset(cond("segment", "eq", "Z")));
    expect(result.current.result).toEqual({ ok: false, problems: 1 });
    act(() => result.current.clear());
    expect(result.current.result).toEqual({ ok: true, ast: null });
  });

  it("keeps an empty list through Builder → Text, and neither face can apply it", () => {
    const { result } = setup();
    act(() => result.current.reset(quantified("projects", "any", cond("status", "in", []))));
    expect(result.current.result).toEqual({ ok: false, problems: 1 });
    expect(result.current.built.issues[0]?.message).toBe(
      `'in' needs at least one value, e.g. status in ["a"]`,
    );
    act(() => result.current.switchTo("text"));
    expect(result.current.text).toBe("projects any (status in [])");
    expect(result.current.result).toEqual({ ok: false, problems: 1 });
    expect(result.current.analysis.problems[0]?.message).toBe(
      `'in' needs at least one value, e.g. status in ["a"]`,
    );
  });

  it("cannot apply the text of a builder whose unfinished rows the text leaves out", () => {
    const { result } = setup();
    act(() => result.current.reset(cond("name", "contains", "a")));
    act(() => result.current.dispatch({ type: "addCondition", groupId: result.current.state.root.id }));
    act(() => result.current.switchTo("text"));
    expect(result.current.text).toBe('name contains "a"');
    expect(result.current.unfinished).toBe(true);
    expect(result.current.result).toEqual({ ok: false, problems: 1 });
    act(() => result.current.editText('name contains "b"'));
    expect(result.current.result).toEqual({ ok: true, ast: cond("name", "contains", "b") });
  });
});
