import { describe, expect, it } from "vitest";
import { type KeyValueStorage, memoryStorage, readItem, removeItem, writeItem } from "./storage.ts";

const broken: KeyValueStorage = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

describe("storage guards", () => {
  it("read, write and remove go through to the storage", () => {
    const storage = memoryStorage({ a: "1" });
    expect(readItem(storage, "a")).toBe("1");
    expect(readItem(storage, "b")).toBeNull();
    writeItem(storage, "b", "2");
    expect(storage.entries()).toEqual({ a: "1", b: "2" });
    removeItem(storage, "a");
    expect(storage.entries()).toEqual({ b: "2" });
  });

  it("a storage that throws reads as nothing stored and never throws", () => {
    expect(readItem(broken, "a")).toBeNull();
    expect(() => writeItem(broken, "a", "1")).not.toThrow();
    expect(() => removeItem(broken, "a")).not.toThrow();
  });

  it("no storage at all reads as nothing stored", () => {
    expect(readItem(null, "a")).toBeNull();
    expect(() => writeItem(null, "a", "1")).not.toThrow();
    expect(() => removeItem(null, "a")).not.toThrow();
  });

  it("memory storages do not share data", () => {
    const first = memoryStorage();
    const second = memoryStorage();
    first.setItem("k", "v");
    expect(second.getItem("k")).toBeNull();
    expect(first.getItem("k")).toBe("v");
  });
});
