import { browserStorage, type KeyValueStorage, readItem, removeItem, writeItem } from "../lib/storage.ts";

export type ThemePreference = "system" | "light" | "dark";
export type Theme = "light" | "dark";

const THEME_KEY = "kanbert.theme";

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === "system") return systemPrefersDark ? "dark" : "light";
  return preference;
}

export function readThemePreference(
  storage: KeyValueStorage | null = browserStorage("local"),
): ThemePreference {
  const stored = readItem(storage, THEME_KEY);
  return stored === "light" || stored === "dark" ? stored : "system";
}

export function writeThemePreference(
  preference: ThemePreference,
  storage: KeyValueStorage | null = browserStorage("local"),
): void {
  if (preference === "system") removeItem(storage, THEME_KEY);
  else writeItem(storage, THEME_KEY, preference);
}

const DARK_SCHEME = "(prefers-color-scheme: dark)";

export function systemPrefersDark(): boolean {
  return typeof window !== "undefined" && window.matchMedia?.(DARK_SCHEME).matches === true;
}

/** Calls `onChange` whenever the system colour scheme changes; returns the unsubscribe. */
export function subscribeToSystemScheme(onChange: () => void): () => void {
  const media = typeof window !== "undefined" ? window.matchMedia?.(DARK_SCHEME) : undefined;
  if (!media) return () => {};
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

/**
 * Puts the class of a chosen theme (`dark` or `light`) on <html>, or neither while the theme follows
 * the system: Tailwind's dark variant and the color-scheme (src/index.css) follow the system until
 * one of them is there. So a first visit changes nothing on <html> once the prerendered shell has
 * painted (a class there restyled the whole shell: 8–21 ms at startup).
 */
export function applyTheme(preference: ThemePreference, root: HTMLElement = document.documentElement): void {
  root.classList.toggle("dark", preference === "dark");
  root.classList.toggle("light", preference === "light");
}
