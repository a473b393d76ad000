import { afterEach, describe, expect, it, vi } from "vitest";
import {
  browserStorage,
  type KeyValueStorage,
  memoryStorage,
  readItem,
  removeItem,
  writeItem,
} from "./storage.ts";

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

describe("browserStorage", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("gives the window's local or session storage", () => {
    const local = memoryStorage({ where: "local" });
    const session = memoryStorage({ where: "session" });
    vi.stubGlobal("window", { localStorage: local, sessionStorage: session });
    expect(browserStorage("local")).toBe(local);
    expect(browserStorage("session")).toBe(session);
  });

  it("is null where there is no window", () => {
    vi.stubGlobal("window", undefined);
    expect(browserStorage("local")).toBeNull();
  });

  it("is null where touching storage throws (blocked storage)", () => {
    vi.stubGlobal("window", {
      get localStorage(): KeyValueStorage {
        throw new Error("SecurityError");
      },
    });
    expect(browserStorage("local")).toBeNull();
  });
});
