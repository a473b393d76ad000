/** Public entry of the clients feature. */
export { type ClientListParams, clientKeys } from "./api/keys.ts";
export { useClient } from "./api/use-client.ts";
export { FIRST_PAGE_PARAMS, useClientsFirstPage } from "./api/use-clients-first-page.ts";
export { type ClientsSearch, clientsSearchSchema, validateClientsSearch } from "./search.ts";
