import type { QueryClient } from "@tanstack/react-query";
import type { UpdateClientBody } from "../../../kanbert/bodies.ts";
import {
  deleteClient,
  restoreClient,
  setExternalIdentifier,
  setShortcode,
  updateClient,
} from "../../../kanbert/clients.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import type { UserData } from "../../../kanbert/schemas.ts";
import type { OptimisticChange, RunOptions } from "../../../lib/optimistic.ts";
import {
  type ClientSnapshot,
  holdClientFetches,
  patchClientEverywhere,
  removeFromLists,
  rollbackClient,
  setArchivedEverywhere,
  settleClients,
  snapshotClient,
} from "./client-cache.ts";
import { toClientData } from "./detail-model.ts";

/**
 * A change to clients for the optimistic runner (src/lib/optimistic.ts): each client is snapshotted
 * and rolled back on its own, so one client's failure never undoes another's change.
 */
interface ClientChangeSpec<TItem extends { id: string }, TResult> {
  apply: (queryClient: QueryClient, item: TItem) => void;
  call: (item: TItem) => Promise<TResult>;
  commit?: (queryClient: QueryClient, item: TItem, result: TResult) => void;
}

function clientChange<TItem extends { id: string }, TResult>(
  queryClient: QueryClient,
  spec: ClientChangeSpec<TItem, TResult>,
): OptimisticChange<TItem, ClientSnapshot, TResult> {
  return {
    snapshot: (item) => snapshotClient(queryClient, item.id),
    apply: (item) => spec.apply(queryClient, item),
    call: spec.call,
    commit: (item, result) => spec.commit?.(queryClient, item, result),
    rollback: (_item, snapshot) => rollbackClient(queryClient, snapshot),
  };
}

/** Fetches held back before the snapshot; lists restart and details refetch once it is all over. */
export function clientRunOptions<TResult>(queryClient: QueryClient): RunOptions<TResult> {
  return {
    prepare: () => holdClientFetches(queryClient),
    settle: () => void settleClients(queryClient),
  };
}

export interface ClientRef {
  id: string;
  name: string;
}

/** Delete (archive): out of `without` lists and marked archived at once. */
export const archiveChange = (queryClient: QueryClient, http: HttpClient) =>
  clientChange(queryClient, {
    apply: (qc, client: ClientRef) => {
      removeFromLists(qc, client.id, ["without"]);
      setArchivedEverywhere(qc, client.id, true);
    },
    call: (client) => deleteClient(http, { key: client.id }),
  });

/** Restore: out of `only` lists and back to active at once; the answer's row is applied. */
export const restoreChange = (queryClient: QueryClient, http: HttpClient) =>
  clientChange(queryClient, {
    apply: (qc, client: ClientRef) => {
      removeFromLists(qc, client.id, ["only"]);
      setArchivedEverywhere(qc, client.id, false);
    },
    call: (client) => restoreClient(http, { key: client.id }),
    commit: (qc, client, { projects, ...row }) =>
      patchClientEverywhere(qc, client.id, projects ? { ...row, projects } : row),
  });

export interface UpdateClientVars {
  id: string;
  body: UpdateClientBody;
  /** The chosen contact as a whole, so the optimistic row can show its name. */
  contact?: UserData | null;
}

/** `PATCH /clients/{id}`: name, segment and contact change everywhere at once. */
export const updateChange = (queryClient: QueryClient, http: HttpClient) =>
  clientChange(queryClient, {
    apply: (qc, { id, body, contact }: UpdateClientVars) =>
      patchClientEverywhere(qc, id, {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.segment !== undefined ? { segment: body.segment } : {}),
        ...(contact !== undefined ? { primary_contact: contact } : {}),
      }),
    call: ({ id, body }) => updateClient(http, { key: id }, body),
    commit: (qc, { id }, answer) => patchClientEverywhere(qc, id, toClientData(answer)),
  });

export interface ShortcodeVars {
  id: string;
  shortcode: string;
}

/** `PUT /clients/{id}/shortcode`: the new shortcode everywhere at once, then the answer's record. */
export const shortcodeChange = (queryClient: QueryClient, http: HttpClient) =>
  clientChange(queryClient, {
    apply: (qc, { id, shortcode }: ShortcodeVars) => patchClientEverywhere(qc, id, { shortcode }),
    call: ({ id, shortcode }) => setShortcode(http, { key: id }, { shortcode }),
    commit: (qc, { id }, answer) => patchClientEverywhere(qc, id, toClientData(answer)),
  });

export interface ExternalIdentifierVars {
  id: string;
  externalId: string | null;
  origin: string | null;
}

/**
 * `PUT /clients/{id}/external-identifier`: the new external id everywhere at once; the origin too
 * when one is given or the id is removed (a kept origin stays until the answer says otherwise).
 */
export const externalIdChange = (queryClient: QueryClient, http: HttpClient) =>
  clientChange(queryClient, {
    apply: (qc, { id, externalId, origin }: ExternalIdentifierVars) =>
      patchClientEverywhere(qc, id, {
        external_id: externalId,
        ...(origin !== null || externalId === null ? { external_origin: origin } : {}),
      }),
    call: ({ id, externalId, origin }) =>
      setExternalIdentifier(http, { key: id }, { external_id: externalId, external_origin: origin }),
    commit: (qc, { id }, answer) => patchClientEverywhere(qc, id, toClientData(answer)),
  });
