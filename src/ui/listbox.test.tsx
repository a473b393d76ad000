// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Listbox } from "./listbox.tsx";
import { useListbox } from "./use-listbox.ts";

interface HarnessProps {
  items: readonly string[];
  onPick?: (item: string) => void;
  /** Without it, Escape is left alone. */
  closable?: boolean;
  /** Without it, arrows on a closed list are left to the control. */
  openable?: boolean;
  pickWithTab?: boolean;
  startOpen?: boolean;
}

function Harness({
  items,
  onPick = () => {},
  closable,
  openable,
  pickWithTab,
  startOpen = true,
}: HarnessProps) {
  const [open, setOpen] = useState(startOpen);
  const listbox = useListbox({
    id: "fruits",
    items,
    itemKey: (item) => item,
    open,
    onPick,
    onOpen: openable ? () => setOpen(true) : undefined,
    onClose: closable ? () => setOpen(false) : undefined,
    pickWithTab,
  });
  return (
    <>
      <label htmlFor="fruit">Fruit</label>
      <input
        id="fruit"
        role="combobox"
        aria-expanded={open}
        aria-controls="fruits"
        aria-activedescendant={listbox.activeId}
        onKeyDown={listbox.onKeyDown}
      />
      <Listbox listbox={listbox} label="Fruits" hidden={!open} renderOption={(item) => item} />
    </>
  );
}

const FRUITS = ["Apple", "Banana", "Cherry", "Damson"];

function control() {
  return screen.getByRole("combobox", { name: "Fruit" });
}

/** The text of the option the control points at (aria-activedescendant), or null. */
function activeText(): string | null {
  const id = control().getAttribute("aria-activedescendant");
  return id === null ? null : (document.getElementById(id)?.textContent ?? "missing option");
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("Listbox (roles and names)", () => {
  it("is a named listbox of options with ids; the active one is selected and named by the control", () => {
    render(<Harness items={FRUITS} />);
    const list = screen.getByRole("listbox", { name: "Fruits" });
    const options = screen.getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual(["Apple", "Banana", "Cherry", "Damson"]);
    expect(options.map((option) => option.id)).toEqual([
      "fruits-option-0",
      "fruits-option-1",
      "fruits-option-2",
      "fruits-option-3",
    ]);
    expect(list).toHaveAttribute("id", "fruits");
    expect(control()).toHaveAttribute("aria-activedescendant", "fruits-option-0");
    expect(screen.getByRole("option", { name: "Apple" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("option", { name: "Banana" })).toHaveAttribute("aria-selected", "false");
  });

  it("has no active option while closed", () => {
    render(<Harness items={FRUITS} startOpen={false} />);
    expect(control()).not.toHaveAttribute("aria-activedescendant");
    expect(screen.queryAllByRole("option", { selected: true, hidden: true })).toEqual([]);
  });
});

describe("useListbox (keyboard)", () => {
  it("moves with Down and Up, wrapping at both ends", async () => {
    render(<Harness items={FRUITS} />);
    await userEvent.click(control());
    await userEvent.keyboard("{ArrowDown}");
    expect(activeText()).toBe("Banana");
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(activeText()).toBe("Apple");
    await userEvent.keyboard("{ArrowUp}");
    expect(activeText()).toBe("Damson");
  });

  it("jumps to the last option with End and the first with Home", async () => {
    render(<Harness items={FRUITS} />);
    await userEvent.click(control());
    await userEvent.keyboard("{End}");
    expect(activeText()).toBe("Damson");
    await userEvent.keyboard("{Home}");
    expect(activeText()).toBe("Apple");
  });

  it("picks the active option with Enter, and with Tab only when asked to", async () => {
    const onPick = vi.fn();
    const { unmount } = render(<Harness items={FRUITS} onPick={onPick} />);
    await userEvent.click(control());
    await userEvent.keyboard("{ArrowDown}{Enter}");
    expect(onPick).toHaveBeenCalledExactlyOnceWith("Banana");
    const tab = fireEvent.keyDown(control(), { key: "Tab" });
    expect(tab).toBe(true);
    expect(onPick).toHaveBeenCalledTimes(1);
    unmount();

    render(<Harness items={FRUITS} onPick={onPick} pickWithTab />);
    const tabPick = fireEvent.keyDown(control(), { key: "Tab" });
    expect(tabPick).toBe(false);
    expect(onPick).toHaveBeenLastCalledWith("Apple");
  });

  it("leaves Enter to the control when there is nothing to pick", () => {
    const onPick = vi.fn();
    render(<Harness items={[]} onPick={onPick} />);
    expect(fireEvent.keyDown(control(), { key: "Enter" })).toBe(true);
    expect(onPick).not.toHaveBeenCalled();
  });

  it("closes with Escape when it can, and leaves Escape alone when it cannot", async () => {
    const { unmount } = render(<Harness items={FRUITS} />);
    expect(fireEvent.keyDown(control(), { key: "Escape" })).toBe(true);
    expect(control()).toHaveAttribute("aria-expanded", "true");
    unmount();

    render(<Harness items={FRUITS} closable />);
    expect(fireEvent.keyDown(control(), { key: "Escape" })).toBe(false);
    expect(control()).toHaveAttribute("aria-expanded", "false");
    expect(control()).not.toHaveAttribute("aria-activedescendant");
  });

  it("opens a closed list with the arrows at its first option, or leaves them to the caret", () => {
    const { unmount } = render(<Harness items={FRUITS} startOpen={false} />);
    expect(fireEvent.keyDown(control(), { key: "ArrowDown" })).toBe(true);
    expect(control()).toHaveAttribute("aria-expanded", "false");
    unmount();

    render(<Harness items={FRUITS} startOpen={false} openable />);
    expect(fireEvent.keyDown(control(), { key: "ArrowDown" })).toBe(false);
    expect(control()).toHaveAttribute("aria-expanded", "true");
    expect(activeText()).toBe("Apple");
  });

  it("starts again at the first option when the options change", async () => {
    const { rerender } = render(<Harness items={FRUITS} />);
    await userEvent.click(control());
    await userEvent.keyboard("{End}");
    expect(activeText()).toBe("Damson");
    rerender(<Harness items={["Banana", "Cherry"]} />);
    expect(activeText()).toBe("Banana");
  });
});

describe("Listbox (pointer and scrolling)", () => {
  it("scrolls the active option into view", async () => {
    const scrolled = vi.spyOn(Element.prototype, "scrollIntoView");
    render(<Harness items={FRUITS} />);
    await userEvent.click(control());
    await userEvent.keyboard("{End}");
    const last = scrolled.mock.contexts.at(-1);
    expect(last).toBeInstanceOf(HTMLElement);
    expect(last instanceof HTMLElement ? last.id : "").toBe("fruits-option-3");
    expect(scrolled).toHaveBeenLastCalledWith({ block: "nearest" });
  });

  it("picks an option on press without taking focus from the control, and follows the pointer", async () => {
    const onPick = vi.fn();
    render(<Harness items={FRUITS} onPick={onPick} />);
    await userEvent.click(control());
    fireEvent.mouseMove(screen.getByRole("option", { name: "Cherry" }));
    expect(activeText()).toBe("Cherry");
    expect(fireEvent.mouseDown(screen.getByRole("option", { name: "Damson" }))).toBe(false);
    expect(onPick).toHaveBeenCalledExactlyOnceWith("Damson");
    expect(control()).toHaveFocus();
  });
});
