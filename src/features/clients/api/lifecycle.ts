import type { QueryClient } from "@tanstack/react-query";
import { deleteClient, restoreClient } from "../../../kanbert/clients.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import { toast } from "../../../ui/toast-store.ts";
import {
  patchClientEverywhere,
  removeFromLists,
  rollbackClients,
  setArchivedEverywhere,
  settleClients,
  snapshotClients,
} from "./optimistic.ts";

/**
 * Delete (archive) and restore, as plain functions: the Undo of a delete runs after the page that
 * started it may be gone, so it cannot hang on a component's mutation hook.
 */

export interface ClientRef {
  id: string;
  name: string;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Restores at once (no delayed write): out of `only` lists and back to active, then lists restart. */
export async function restoreEverywhere(queryClient: QueryClient, http: HttpClient, client: ClientRef) {
  const snapshot = await snapshotClients(queryClient);
  removeFromLists(queryClient, client.id, ["only"]);
  setArchivedEverywhere(queryClient, client.id, false);
  try {
    const { projects, ...row } = await restoreClient(http, { key: client.id });
    patchClientEverywhere(queryClient, client.id, projects ? { ...row, projects } : row);
    toast.success(`“${client.name}” was restored.`, { id: `restore-${client.id}` });
    return true;
  } catch (error) {
    rollbackClients(queryClient, snapshot);
    toast.error(`Could not restore “${client.name}”: ${reason(error)}`, { id: `restore-${client.id}` });
    return false;
  } finally {
    void settleClients(queryClient);
  }
}

/** Archives: out of `without` lists and marked archived at once; the toast offers Undo. */
export async function deleteEverywhere(queryClient: QueryClient, http: HttpClient, client: ClientRef) {
  const snapshot = await snapshotClients(queryClient);
  removeFromLists(queryClient, client.id, ["without"]);
  setArchivedEverywhere(queryClient, client.id, true);
  try {
    await deleteClient(http, { key: client.id });
    toast.success(`“${client.name}” was deleted.`, {
      id: `delete-${client.id}`,
      action: {
        label: "Undo",
        altText: `Undo: restore ${client.name}`,
        onClick: () => void restoreEverywhere(queryClient, http, client),
      },
    });
    return true;
  } catch (error) {
    rollbackClients(queryClient, snapshot);
    toast.error(`Could not delete “${client.name}”: ${reason(error)}`, { id: `delete-${client.id}` });
    return false;
  } finally {
    void settleClients(queryClient);
  }
}
