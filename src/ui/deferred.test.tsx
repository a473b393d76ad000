// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deferred } from "./deferred.tsx";
import { firstContent } from "./first-content.ts";

function Real({ label }: { label: string }) {
  return <button type="button">{label}</button>;
}

function Stand({ label }: { label: string }) {
  return (
    <button type="button" disabled>
      {label}
    </button>
  );
}

const idle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe("deferred", () => {
  afterEach(cleanup);

  // In this order: the app's first-content signal is marked once, by the second test.
  it("fetches nothing at the first render; a preload (hover) brings the real control at once", async () => {
    const load = vi.fn(async () => Real);
    const Control = deferred(load, Stand);
    render(<Control label="Columns" />);
    await idle();
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Columns" })).toBeDisabled();

    await act(() => Control.preload());
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Columns" })).toBeEnabled();
  });

  it("fetches once the page's content is shown and the browser is idle", async () => {
    const load = vi.fn(async () => Real);
    const Control = deferred(load, Stand);
    render(<Control label="Views" />);
    await idle();
    expect(load).not.toHaveBeenCalled();
    act(() => firstContent.mark());
    await idle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Views" })).toBeEnabled();
  });

  it("a failed fetch keeps the stand-in, and the next preload tries again", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(Real);
    const Control = deferred<{ label: string }>(load, Stand);
    render(<Control label="Filter" />);
    await idle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Filter" })).toBeDisabled();
    await act(() => Control.preload());
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByRole("button", { name: "Filter" })).toBeEnabled();
  });
});

describe("deferred stand-ins", () => {
  afterEach(cleanup);

  /** A control whose stand-in is a button of the same label, spreading the stand-in's props. */
  const withStandIn = (load: () => Promise<typeof Real>) =>
    deferred<{ label: string }>(load, ({ label }, standIn) => (
      <button type="button" {...standIn}>
        {label}
      </button>
    ));

  /** A load the test finishes itself. */
  function controlledLoad() {
    let finish: (component: typeof Real) => void = () => {};
    const load = vi.fn(() => new Promise<typeof Real>((resolve) => (finish = resolve)));
    return { load, finish: (component: typeof Real) => act(async () => finish(component)) };
  }

  /** The control, with a load the test finishes, followed by another button, "After". */
  function renderWithAfter(label: string) {
    const controlled = controlledLoad();
    const Control = withStandIn(controlled.load);
    render(
      <div>
        <Control label={label} />
        <button type="button">After</button>
      </div>,
    );
    return controlled;
  }

  it("is focusable and marked unavailable; pointing at it loads the real control", async () => {
    const { load, finish } = controlledLoad();
    const Control = withStandIn(load);
    render(<Control label="Columns" />);
    const standIn = screen.getByRole("button", { name: "Columns" });
    expect(standIn).toHaveAttribute("aria-disabled", "true");
    fireEvent.pointerEnter(standIn);
    expect(load).toHaveBeenCalledTimes(1);
    act(() => standIn.focus());
    expect(standIn).toHaveFocus();
    await finish(Real);
    expect(screen.getByRole("button", { name: "Columns" })).not.toHaveAttribute("aria-disabled");
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("focusing it loads the real control, which then has focus", async () => {
    const { load, finish } = renderWithAfter("Views");
    const standIn = screen.getByRole("button", { name: "Views" });
    act(() => standIn.focus());
    expect(load).toHaveBeenCalledTimes(1);
    await finish(Real);
    const real = screen.getByRole("button", { name: "Views" });
    expect(real).not.toBe(standIn);
    expect(real).toHaveFocus();
  });

  it("focus the user moved elsewhere before the control arrived stays there", async () => {
    const { finish } = renderWithAfter("Filter");
    act(() => screen.getByRole("button", { name: "Filter" }).focus());
    act(() => screen.getByRole("button", { name: "After" }).focus());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await finish(Real);
    expect(screen.getByRole("button", { name: "After" })).toHaveFocus();
  });

  it("a stand-in the user left for the page (a click on nothing) does not take focus back", async () => {
    const { load, finish } = controlledLoad();
    const Control = withStandIn(load);
    render(<Control label="Columns" />);
    act(() => screen.getByRole("button", { name: "Columns" }).focus());
    act(() => screen.getByRole("button", { name: "Columns" }).blur());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await finish(Real);
    expect(document.body).toHaveFocus();
  });

  it("a stand-in of another name gives focus to the first control that took its place", async () => {
    const { load, finish } = controlledLoad();
    function Actions() {
      return (
        <>
          <button type="button">Delete selected</button>
          <button type="button">Clear selection</button>
        </>
      );
    }
    const Control = deferred<Record<string, never>>(
      () => load().then(() => Actions),
      (_props, standIn) => (
        <button type="button" {...standIn}>
          Loading actions…
        </button>
      ),
    );
    render(
      <div role="toolbar" aria-label="Bulk actions">
        <Control />
      </div>,
    );
    act(() => screen.getByRole("button", { name: "Loading actions…" }).focus());
    await finish(Real);
    expect(screen.getByRole("button", { name: "Delete selected" })).toHaveFocus();
  });
});
