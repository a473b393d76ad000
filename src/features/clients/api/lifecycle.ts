import type { QueryClient } from "@tanstack/react-query";
import { deleteClient, restoreClient } from "../../../kanbert/clients.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import { inClientOrder } from "./client-queue.ts";
import { clientFeedback } from "./feedback.ts";
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
 * started it may be gone, so it cannot hang on a component's mutation hook. Both go through one
 * queue per client (a Restore waits for a pending Delete), and a failure's toast offers Retry.
 */

export interface ClientRef {
  id: string;
  name: string;
}

/** Restores at once (no delayed write): out of `only` lists and back to active, then lists restart. */
export function restoreEverywhere(queryClient: QueryClient, http: HttpClient, client: ClientRef) {
  return inClientOrder(client.id, async () => {
    const snapshot = await snapshotClients(queryClient);
    removeFromLists(queryClient, client.id, ["only"]);
    setArchivedEverywhere(queryClient, client.id, false);
    try {
      const { projects, ...row } = await restoreClient(http, { key: client.id });
      patchClientEverywhere(queryClient, client.id, projects ? { ...row, projects } : row);
      clientFeedback.restored(client.id, client.name);
      return true;
    } catch (error) {
      rollbackClients(queryClient, snapshot);
      clientFeedback.restoreFailed(client.id, client.name, error, () => {
        void restoreEverywhere(queryClient, http, client);
      });
      return false;
    } finally {
      void settleClients(queryClient);
    }
  });
}

/** Archives: out of `without` lists and marked archived at once; the toast offers Undo. */
export function deleteEverywhere(queryClient: QueryClient, http: HttpClient, client: ClientRef) {
  return inClientOrder(client.id, async () => {
    const snapshot = await snapshotClients(queryClient);
    removeFromLists(queryClient, client.id, ["without"]);
    setArchivedEverywhere(queryClient, client.id, true);
    try {
      await deleteClient(http, { key: client.id });
      clientFeedback.deleted(client.id, client.name, {
        label: "Undo",
        altText: `Undo: restore ${client.name}`,
        onClick: () => void restoreEverywhere(queryClient, http, client),
      });
      return true;
    } catch (error) {
      rollbackClients(queryClient, snapshot);
      clientFeedback.deleteFailed(client.id, client.name, error, () => {
        void deleteEverywhere(queryClient, http, client);
      });
      return false;
    } finally {
      void settleClients(queryClient);
    }
  });
}
