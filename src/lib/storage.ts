/**
 * The subset of the Web Storage API this app uses. Access can throw (private mode, disabled
 * storage, quota), so every call goes through these guards and degrades to "nothing stored".
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function readItem(storage: KeyValueStorage | null, key: string): string | null {
  try {
    // Stryker disable next-line OptionalChaining: without a storage the call throws and the catch gives the same answer
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeItem(storage: KeyValueStorage | null, key: string, value: string): void {
  try {
    // Stryker disable next-line OptionalChaining: without a storage the call throws and the catch gives the same answer
    storage?.setItem(key, value);
  } catch {
    // Storage full or blocked: the value lives only in memory for this session.
  }
}

export function removeItem(storage: KeyValueStorage | null, key: string): void {
  try {
    // Stryker disable next-line OptionalChaining: without a storage the call throws and the catch gives the same answer
    storage?.removeItem(key);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

/** `window.localStorage`/`sessionStorage`, or null where they are missing or blocked. */
export function browserStorage(kind: "local" | "session"): KeyValueStorage | null {
  try {
    // Stryker disable next-line ConditionalExpression,StringLiteral: without a window the next line throws and the catch gives the same null
    if (typeof window === "undefined") return null;
    return kind === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** An in-memory storage, for tests and for environments without Web Storage. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & {
  readonly entries: () => Record<string, string>;
} {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
    entries: () => Object.fromEntries(data),
  };
}
