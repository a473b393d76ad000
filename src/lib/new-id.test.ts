import { describe, expect, it } from "vitest";
import { newId } from "./new-id.ts";

describe("newId", () => {
  it("gives a different UUID each call", () => {
    const first = newId();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId()).not.toBe(first);
  });
});
