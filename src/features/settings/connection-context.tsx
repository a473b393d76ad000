import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useMemo, useState, useSyncExternalStore } from "react";
import type { FetchLike } from "../../kanbert/http.ts";
import {
  type ConnectionSettings,
  type ConnectionState,
  type ConnectionStore,
  createBrowserConnectionStore,
} from "./connection-store.ts";

export interface ConnectionContextValue {
  state: ConnectionState;
  /** The fetch every client of this connection uses (the app's early-GET-aware one; a fake in tests). */
  fetchImpl: FetchLike | undefined;
  save(settings: ConnectionSettings): void;
  disconnect(): void;
  restoreDefaults(): void;
  /** Whether restoring the defaults connects (development) or only clears what is stored. */
  hasDefaultConnection: boolean;
}

const ConnectionContext = createContext<ConnectionContextValue | null>(null);

export interface ConnectionProviderProps {
  children: ReactNode;
  /** Defaults to the browser's storages; tests pass one over memory storage. */
  store?: ConnectionStore;
  /** Defaults to `fetch`; the app passes its early-GET-aware one (lib/early-fetch.ts), tests a fake. */
  fetchImpl?: FetchLike;
}

/**
 * Holds the connection (base URL, token). The HttpClient itself is made by `useHttp()`, so the
 * client and its schemas load with the pages that call the API rather than with the entry.
 */
export function ConnectionProvider({ children, store: given, fetchImpl }: ConnectionProviderProps) {
  const [store] = useState(() => given ?? createBrowserConnectionStore());
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  const queryClient = useQueryClient();

  const value = useMemo<ConnectionContextValue>(
    () => ({
      state,
      fetchImpl,
      // Cached data belongs to the old connection: drop it so nothing of it shows under the new one.
      save(next) {
        store.save(next);
        queryClient.clear();
      },
      disconnect() {
        store.disconnect();
        queryClient.clear();
      },
      restoreDefaults() {
        store.restoreDefaults();
        queryClient.clear();
      },
      hasDefaultConnection: store.hasDefaultConnection,
    }),
    [state, fetchImpl, store, queryClient],
  );

  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}

export function useConnection(): ConnectionContextValue {
  const value = useContext(ConnectionContext);
  if (!value) throw new Error("useConnection() must be used inside <ConnectionProvider>.");
  return value;
}
