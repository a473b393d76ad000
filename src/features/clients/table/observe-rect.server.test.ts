import { describe, expect, it } from "vitest";
import { estimatedScrollerRect, overscanRows, renderedForViewport } from "./observe-rect.ts";

// No window here, as in the production server's render of /clients (src/app/server-render.tsx).
describe("the table's geometry on the server", () => {
  it("guesses a scroller for a 1,440 px tall screen: 1,136 px (the page takes 304 px)", () => {
    expect(estimatedScrollerRect()).toEqual({ width: 2560, height: 1136 });
  });

  it("guesses it for the browser's own viewport during a render for it, and only then", () => {
    expect(renderedForViewport(823, () => estimatedScrollerRect())).toEqual({ width: 2560, height: 519 });
    // At least 20rem, as in the browser.
    expect(renderedForViewport(500, () => estimatedScrollerRect())).toEqual({ width: 2560, height: 320 });
    expect(estimatedScrollerRect()).toEqual({ width: 2560, height: 1136 });
    expect(() =>
      renderedForViewport(900, () => {
        throw new Error("render failed");
      }),
    ).toThrow("render failed");
    expect(estimatedScrollerRect()).toEqual({ width: 2560, height: 1136 });
  });

  it("renders no rows beyond the visible ones", () => {
    expect(overscanRows(8)).toBe(0);
  });
});
