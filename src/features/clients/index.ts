/** Public entry of the clients feature. */

export type { ClientDetail } from "./api/detail-model.ts";
export { type ClientListParams, clientKeys } from "./api/keys.ts";
export { listParamsOf } from "./api/list-params.ts";
export { restartClientLists } from "./api/restart-lists.ts";
export { useClient } from "./api/use-client.ts";
export { clientDetailKey, useClientDetail } from "./api/use-client-detail.ts";
export { useDeleteClient, useRestoreClient } from "./api/use-client-lifecycle.ts";
export { CLIENTS_PAGE_SIZE, clientsInfiniteOptions, useClientsInfinite } from "./api/use-clients-infinite.ts";
export { useCreateClient } from "./api/use-create-client.ts";
export { useSetExternalIdentifier, useSetShortcode, useUpdateClient } from "./api/use-update-client.ts";
export { ClientDetailPage, type ClientDetailPageProps } from "./detail/client-detail-page.tsx";
export { RestoreClientButton } from "./detail/restore-client-button.tsx";
export { CreateClientPage } from "./forms/create-client-page.tsx";
export { type ClientsSearch, clientsSearchSchema, validateClientsSearch } from "./search.ts";
export { type ClientsViewController, useClientsView } from "./use-clients-view.ts";
