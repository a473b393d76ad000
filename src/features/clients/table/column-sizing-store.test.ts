import { describe, expect, it } from "vitest";
import { memoryStorage } from "../../../lib/storage.ts";
import { readColumnSizing, writeColumnSizing } from "./column-sizing-store.ts";

describe("column widths", () => {
  it("remembers widths across reads", () => {
    const storage = memoryStorage();
    writeColumnSizing({ name: 300, segment: 80 }, storage);
    expect(readColumnSizing(storage)).toEqual({ name: 300, segment: 80 });
  });

  it("stores a width dragged past the limits as the limit, so it survives a reload", () => {
    const storage = memoryStorage();
    writeColumnSizing({ name: 992, segment: 0 }, storage);
    expect(readColumnSizing(storage)).toEqual({ name: 640, segment: 64 });
  });

  it("forgets unknown columns, odd sizes and broken JSON", () => {
    const storage = memoryStorage({
      "kanbert.clients.columnSizing": JSON.stringify({
        name: 5,
        bogus: 100,
        shortcode: "x",
        created_at: 150,
      }),
    });
    expect(readColumnSizing(storage)).toEqual({ created_at: 150 });
    expect(readColumnSizing(memoryStorage({ "kanbert.clients.columnSizing": "{" }))).toEqual({});
  });
});
