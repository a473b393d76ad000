/** Public entry of "Go to client": the header search (Ctrl+K or `/`). */
export { GoToClient } from "./go-to-client.tsx";
export { useClientSearch } from "./use-client-search.ts";
