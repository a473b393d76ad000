import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from "react";
import {
  applyTheme,
  readThemePreference,
  resolveTheme,
  subscribeToSystemScheme,
  systemPrefersDark,
  type Theme,
  type ThemePreference,
  writeThemePreference,
} from "./theme.ts";

interface ThemeContextValue {
  preference: ThemePreference;
  theme: Theme;
  setPreference(preference: ThemePreference): void;
}

const ThemeContext = createContext<ThemeContextValue | null>(null);

/** Follows the system colour scheme until the user picks one, which is remembered. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(() => readThemePreference());
  // Read from the system on every render and on each change: nothing between the first render and
  // the subscription is missed. The prerender (no window) renders light.
  const systemDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDark, () => false);
  const theme = resolveTheme(preference, systemDark);

  useEffect(() => applyTheme(preference), [preference]);

  const setPreference = useCallback((next: ThemePreference) => {
    writeThemePreference(next);
    setPreferenceState(next);
  }, []);

  const value = useMemo(() => ({ preference, theme, setPreference }), [preference, theme, setPreference]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (!value) throw new Error("useTheme() must be used inside <ThemeProvider>.");
  return value;
}
