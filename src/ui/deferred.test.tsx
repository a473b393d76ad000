// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
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
