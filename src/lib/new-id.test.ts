import { afterEach, describe, expect, it, vi } from "vitest";
import { newId } from "./new-id.ts";

describe("newId", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("gives a different UUID each call", () => {
    const first = newId();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId()).not.toBe(first);
  });

  it("without crypto.randomUUID it still gives a different id each call", () => {
    vi.stubGlobal("crypto", {});
    const first = newId();
    expect(first).toMatch(/^v\d{13}/);
    expect(newId()).not.toBe(first);
  });

  it("without crypto at all it falls back too", () => {
    vi.stubGlobal("crypto", undefined);
    expect(newId()).toMatch(/^v\d{13}/);
  });
});
