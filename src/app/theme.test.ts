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

  it("sets the dark class and colour scheme on the root element", () => {
    const root = document.createElement("html");
    applyTheme("dark", root);
    expect(root.classList.contains("dark")).toBe(true);
    expect(root.classList.contains("light")).toBe(false);
    expect(root.style.colorScheme).toBe("dark");
    applyTheme("light", root);
    expect(root.classList.contains("dark")).toBe(false);
    expect(root.classList.contains("light")).toBe(true);
  });
});
