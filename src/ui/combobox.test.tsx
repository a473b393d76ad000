// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Combobox } from "./combobox.tsx";

const FRUITS = ["Apple", "Banana", "Cherry"];

function Harness({ onSelect, onSubmit }: { onSelect: (item: string) => void; onSubmit: () => void }) {
  const [text, setText] = useState("");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Combobox<string>
        label="Fruit"
        listLabel="Fruits"
        inputValue={text}
        onInputChange={setText}
        items={FRUITS.filter((f) => f.toLowerCase().includes(text.toLowerCase()))}
        itemKey={(f) => f}
        renderItem={(f) => f}
        onSelect={onSelect}
      />
      <button type="submit">Save</button>
    </form>
  );
}

afterEach(cleanup);

describe("Combobox", () => {
  it("opens on typing, moves the active option with the arrows and picks it with Enter", async () => {
    const onSelect = vi.fn();
    const onSubmit = vi.fn();
    render(<Harness onSelect={onSelect} onSubmit={onSubmit} />);
    const input = screen.getByRole("combobox", { name: "Fruit" });
    expect(input).toHaveAttribute("aria-expanded", "false");
    await userEvent.type(input, "an");
    expect(input).toHaveAttribute("aria-expanded", "true");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Banana"]);
    await userEvent.clear(input);
    await userEvent.type(input, "{ArrowDown}");
    const options = screen.getAllByRole("option");
    expect(input).toHaveAttribute("aria-activedescendant", options[1]?.id);
    expect(options[1]).toHaveAttribute("aria-selected", "true");
    await userEvent.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith("Banana");
    expect(onSubmit).not.toHaveBeenCalled();
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(input).not.toHaveAttribute("aria-activedescendant");
  });

  it("leaves Enter to the form while closed, and Esc closes the popup", async () => {
    const onSubmit = vi.fn();
    render(<Harness onSelect={vi.fn()} onSubmit={onSubmit} />);
    const input = screen.getByRole("combobox", { name: "Fruit" });
    await userEvent.type(input, "a");
    await userEvent.keyboard("{Escape}");
    expect(input).toHaveAttribute("aria-expanded", "false");
    await userEvent.keyboard("{Enter}");
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
