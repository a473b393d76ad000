/** Public entry of "Go to client": the header search (Ctrl+K or `/`). */
export { useClientSearch } from "./use-client-search.ts";
