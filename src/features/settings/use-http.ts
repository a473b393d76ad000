import { useCallback, useMemo } from "react";
import { type Connection, createHttpClient, type HttpClient } from "../../kanbert/http.ts";
import { useConnection } from "./connection-context.tsx";

/**
 * The HttpClient of the current connection, the same object until the connection changes.
 * Use below `<RequireConnection>`, which guarantees a connection.
 */
export function useHttp(): HttpClient {
  const { state, fetchImpl } = useConnection();
  const settings = state.status === "connected" ? state.settings : null;
  const baseUrl = settings?.baseUrl;
  const token = settings?.token;
  const http = useMemo(
    () =>
      baseUrl !== undefined && token !== undefined ? createHttpClient({ baseUrl, token }, fetchImpl) : null,
    [baseUrl, token, fetchImpl],
  );
  if (!http) throw new Error("useHttp() needs a connection: render this below <RequireConnection>.");
  return http;
}

/** Makes clients for values that are not the saved connection (e.g. "Test connection"). */
export function useCreateHttpClient(): (connection: Connection) => HttpClient {
  const { fetchImpl } = useConnection();
  return useCallback((connection) => createHttpClient(connection, fetchImpl), [fetchImpl]);
}
