/** Public entry of the settings feature: the connection every other feature calls the API through. */
export { ConnectionProvider, useConnection } from "./connection-context.tsx";
export { createConnectionStore } from "./connection-store.ts";
export { describeConnectionError } from "./describe-error.ts";
export { NotConnected, RequireConnection } from "./not-connected.tsx";
export { QueryErrorState } from "./query-error-state.tsx";
export { useHttp } from "./use-http.ts";
