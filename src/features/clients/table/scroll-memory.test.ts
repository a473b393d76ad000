import { describe, expect, it } from "vitest";
import { memoryStorage } from "../../../lib/storage.ts";
import { clearPlace, readPlace, savePlace } from "./scroll-memory.ts";

describe("the table's remembered place", () => {
  it("gives the place back for the same view only, until cleared", () => {
    const storage = memoryStorage();
    savePlace({ view: "v1", offset: 1320, index: 31 }, storage);
    expect(readPlace("v2", storage)).toBeNull();
    expect(readPlace("v1", storage)).toEqual({ offset: 1320, index: 31 });
    clearPlace(storage);
    expect(readPlace("v1", storage)).toBeNull();
  });

  it("ignores what it cannot read", () => {
    expect(readPlace("v1", memoryStorage({ "kanbert.clients.place": "{" }))).toBeNull();
    expect(readPlace("v1", memoryStorage({ "kanbert.clients.place": '{"view":"v1"}' }))).toBeNull();
  });
});
