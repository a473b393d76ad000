/** Public entry of the settings feature: the connection every other feature calls the API through. */
export {
  ConnectionProvider,
  type ConnectionProviderProps,
  useConnection,
} from "./connection-context.tsx";
export {
  type ConnectionSettings,
  type ConnectionState,
  type ConnectionStore,
  createConnectionStore,
} from "./connection-store.ts";
export { describeUser } from "./current-user.tsx";
export { describeConnectionError, UNAUTHORIZED_MESSAGE } from "./describe-error.ts";
export { NotConnected, RequireConnection } from "./not-connected.tsx";
export { QueryErrorState } from "./query-error-state.tsx";
export { useCreateHttpClient, useHttp } from "./use-http.ts";
