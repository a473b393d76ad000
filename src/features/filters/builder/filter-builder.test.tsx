// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useReducer } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { type Catalogue, type FilterNode, parse, print } from "../../../filter/index.ts";
import { clientsFullCatalogue, tasksCatalogue } from "../../../kanbert/catalogue.ts";
import { toAst } from "./convert.ts";
import type { BuilderState } from "./draft.ts";
import { FilterBuilder } from "./filter-builder.tsx";
import { type BuilderAction, initialState, reduce } from "./model.ts";

afterEach(cleanup);

function ast(text: string): FilterNode | null {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

function Harness({
  start,
  catalogue = clientsFullCatalogue,
}: {
  start: FilterNode | null;
  catalogue?: Catalogue;
}) {
  const [state, dispatch] = useReducer(
    (s: BuilderState, a: BuilderAction) => reduce(s, a, catalogue),
    start,
    initialState,
  );
  const built = toAst(state.root, catalogue);
  return (
    <>
      <FilterBuilder state={state} dispatch={dispatch} issues={built.issues} catalogue={catalogue} />
      <output aria-label="Canonical text">{print(built.ast)}</output>
    </>
  );
}

const row = (name: string) => screen.getByRole("group", { name });
const text = () => screen.getByRole("status", { name: "Canonical text" }).textContent;

describe("<FilterBuilder>", () => {
  it("shows a validation reason next to its row, linked with aria-describedby", () => {
    render(<Harness start={ast('name contains "a" and segment eq "Z"')} />);
    const value = within(row("Condition 2")).getByRole("combobox", { name: "Value" });
    expect(value).toHaveAttribute("aria-invalid", "true");
    expect(value).toHaveAccessibleDescription(/"Z" is not a valid value for 'segment'/);
    expect(within(row("Condition 1")).getByRole("combobox", { name: "Field" })).not.toHaveAttribute(
      "aria-describedby",
    );
  });

  it("adds a condition and puts focus on its field; changing the field resets operator and value", async () => {
    const user = userEvent.setup();
    render(<Harness start={null} />);
    await user.click(screen.getByRole("button", { name: "Add condition" }));
    const field = within(row("Condition 1")).getByRole("combobox", { name: "Field" });
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription("Choose a field.");
    await user.selectOptions(field, "segment");
    await user.selectOptions(within(row("Condition 1")).getByRole("combobox", { name: "Value" }), "B");
    expect(text()).toBe('segment eq "B"');
    await user.selectOptions(within(row("Condition 1")).getByRole("combobox", { name: "Operator" }), "in");
    expect(text()).toBe('segment in ["B"]');
    await user.selectOptions(field, "name");
    expect(within(row("Condition 1")).getByRole("combobox", { name: "Operator" })).toHaveValue("contains");
    expect(within(row("Condition 1")).getByRole("textbox", { name: "Value" })).toHaveValue("");
  });

  it("moves a row with its buttons and keeps focus on the moved row", async () => {
    const user = userEvent.setup();
    render(<Harness start={ast('name eq "a" and name eq "b" and name eq "c"')} />);
    await user.click(screen.getByRole("button", { name: "Move condition 3 up" }));
    expect(text()).toBe('name eq "a" and name eq "c" and name eq "b"');
    expect(screen.getByRole("button", { name: "Move condition 2 up" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(text()).toBe('name eq "c" and name eq "a" and name eq "b"');
    expect(screen.getByRole("button", { name: "Move condition 1 down" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Delete condition 1" }));
    expect(text()).toBe('name eq "a" and name eq "b"');
    expect(within(row("Condition 1")).getByRole("combobox", { name: "Field" })).toHaveFocus();
  });

  it("switches a group between all and any", async () => {
    const user = userEvent.setup();
    render(<Harness start={ast('segment eq "A" and (name eq "x" and shortcode eq "y")')} />);
    await user.click(
      within(screen.getByRole("radiogroup", { name: "Match for group 2" })).getByRole("radio", {
        name: "Any",
      }),
    );
    expect(text()).toBe('segment eq "A" and (name eq "x" or shortcode eq "y")');
  });

  it("edits dates as fixed dates or macros where the catalogue has date fields", async () => {
    const user = userEvent.setup();
    render(<Harness start={ast("due_date lt today-30d")} catalogue={tasksCatalogue} />);
    const kind = within(row("Condition 1")).getByRole("combobox", { name: "Value: kind of date" });
    expect(kind).toHaveValue("ago");
    expect(within(row("Condition 1")).getByRole("spinbutton", { name: "Number of days ago" })).toHaveValue(
      30,
    );
    await user.selectOptions(kind, "sow");
    expect(text()).toBe("due_date lt sow");
    await user.selectOptions(kind, "date");
    await user.type(within(row("Condition 1")).getByLabelText("Value"), "2025-03-12");
    expect(text()).toBe('due_date lt "2025-03-12"');
  });
});
