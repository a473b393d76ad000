// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { memoryStorage } from "../lib/storage.ts";
import { applyTheme, readThemePreference, resolveTheme, writeThemePreference } from "./theme.ts";

describe("theme", () => {
  it("follows the system unless the user chose a theme", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("remembers an explicit choice and forgets it when going back to system", () => {
    const storage = memoryStorage();
    expect(readThemePreference(storage)).toBe("system");
    writeThemePreference("dark", storage);
    expect(readThemePreference(storage)).toBe("dark");
    writeThemePreference("system", storage);
    expect(storage.entries()).toEqual({});
  });

  it("ignores an unknown stored value", () => {
    expect(readThemePreference(memoryStorage({ "kanbert.theme": "purple" }))).toBe("system");
  });

  it("puts the class of a chosen theme on the root element, and none while following the system", () => {
    const root = document.createElement("html");
    applyTheme("dark", root);
    expect([...root.classList]).toEqual(["dark"]);
    applyTheme("light", root);
    expect([...root.classList]).toEqual(["light"]);
    applyTheme("system", root);
    expect([...root.classList]).toEqual([]);
  });
});
