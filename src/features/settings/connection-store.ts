import { browserStorage, type KeyValueStorage, readItem, removeItem, writeItem } from "../../lib/storage.ts";

export interface ConnectionSettings {
  baseUrl: string;
  token: string;
  /** Keep the token in localStorage (this device) instead of sessionStorage (this tab). */
  remember: boolean;
}

export type ConnectionState =
  | { status: "connected"; settings: ConnectionSettings }
  | { status: "disconnected"; baseUrl: string };

export interface ConnectionStore {
  get(): ConnectionState;
  subscribe(listener: () => void): () => void;
  save(settings: ConnectionSettings): void;
  /** Forgets the token in both storages; the base URL is kept for the next connect. */
  disconnect(): void;
  /** Drops everything stored and returns to the built-in defaults (the local emulator in development). */
  restoreDefaults(): void;
  /** Whether the defaults connect by themselves (development), rather than ask for a token. */
  readonly hasDefaultConnection: boolean;
}

interface ConnectionDefaults {
  baseUrl: string;
  /**
   * The token of a first start: `null` (a production build) asks the user to connect; `""` connects
   * without a token of our own, for the dev server's proxy adds the development token.
   */
  token: string | null;
}

export interface ConnectionStoreOptions {
  defaults: ConnectionDefaults;
  local: KeyValueStorage | null;
  session: KeyValueStorage | null;
}

/** Non-secret preferences, always in localStorage. */
const PREFS_KEY = "kanbert.connection";
/** The token, in sessionStorage, or in localStorage when "remember" is on. */
const TOKEN_KEY = "kanbert.token";

interface Prefs {
  baseUrl: string;
  remember: boolean;
  disconnected: boolean;
}

function readPrefs(storage: KeyValueStorage | null): Prefs | null {
  const raw = readItem(storage, PREFS_KEY);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const baseUrl = "baseUrl" in value ? value.baseUrl : undefined;
    if (typeof baseUrl !== "string") return null;
    return {
      baseUrl,
      remember: "remember" in value && value.remember === true,
      disconnected: "disconnected" in value && value.disconnected === true,
    };
  } catch {
    return null;
  }
}

function initial({ baseUrl, token }: ConnectionDefaults): ConnectionState {
  return token === null
    ? { status: "disconnected", baseUrl }
    : { status: "connected", settings: { baseUrl, token, remember: false } };
}

function load({ defaults, local, session }: ConnectionStoreOptions): ConnectionState {
  const prefs = readPrefs(local);
  // Nothing saved yet: the built-in defaults (in development they connect at once).
  if (!prefs) return initial(defaults);
  if (prefs.disconnected) return { status: "disconnected", baseUrl: prefs.baseUrl };
  const token = readItem(prefs.remember ? local : session, TOKEN_KEY);
  // A session-only token is gone in a new tab: ask for it again rather than guess.
  if (!token) return { status: "disconnected", baseUrl: prefs.baseUrl };
  return { status: "connected", settings: { baseUrl: prefs.baseUrl, token, remember: prefs.remember } };
}

export function createConnectionStore(options: ConnectionStoreOptions): ConnectionStore {
  const { local, session } = options;
  let state = load(options);
  const listeners = new Set<() => void>();

  function set(next: ConnectionState) {
    state = next;
    for (const listener of listeners) listener();
  }

  function writePrefs(prefs: Prefs) {
    writeItem(local, PREFS_KEY, JSON.stringify(prefs));
  }

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    save(settings) {
      const baseUrl = settings.baseUrl.trim();
      removeItem(settings.remember ? session : local, TOKEN_KEY);
      writeItem(settings.remember ? local : session, TOKEN_KEY, settings.token);
      writePrefs({ baseUrl, remember: settings.remember, disconnected: false });
      set({ status: "connected", settings: { ...settings, baseUrl } });
    },
    disconnect() {
      removeItem(local, TOKEN_KEY);
      removeItem(session, TOKEN_KEY);
      const baseUrl = state.status === "connected" ? state.settings.baseUrl : state.baseUrl;
      writePrefs({ baseUrl, remember: false, disconnected: true });
      set({ status: "disconnected", baseUrl });
    },
    restoreDefaults() {
      removeItem(local, TOKEN_KEY);
      removeItem(session, TOKEN_KEY);
      removeItem(local, PREFS_KEY);
      set(initial(options.defaults));
    },
    hasDefaultConnection: options.defaults.token !== null,
  };
}

/** No token is ever built in: development relies on the dev proxy, production on Settings. */
const defaultConnection: ConnectionDefaults = {
  baseUrl: import.meta.env.VITE_KANBERT_BASE_URL ?? "/api/v1",
  token: import.meta.env.DEV ? "" : null,
};

/** The store of the running app, over the browser's storages. */
export function createBrowserConnectionStore(): ConnectionStore {
  return createConnectionStore({
    defaults: defaultConnection,
    local: browserStorage("local"),
    session: browserStorage("session"),
  });
}
