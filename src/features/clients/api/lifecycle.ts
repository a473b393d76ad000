import type { QueryClient } from "@tanstack/react-query";
import type { HttpClient } from "../../../kanbert/http.ts";
import { runOptimisticOne } from "../../../lib/optimistic.ts";
import { archiveChange, type ClientRef, clientRunOptions, restoreChange } from "./client-change.ts";
import { inClientOrder } from "./client-queue.ts";
import { clientFeedback } from "./feedback.ts";

/**
 * Delete (archive) and restore, as plain functions: the Undo of a delete runs after the page that
 * started it may be gone, so it cannot hang on a component's mutation hook. Both go through one
 * queue per client (a Restore waits for a pending Delete), and a failure's toast offers Retry.
 */

export type { ClientRef } from "./client-change.ts";

/** Restores at once (no delayed write): out of `only` lists and back to active, then lists restart. */
export function restoreEverywhere(queryClient: QueryClient, http: HttpClient, client: ClientRef) {
  return inClientOrder(client.id, async () => {
    try {
      await runOptimisticOne(restoreChange(queryClient, http), client, clientRunOptions(queryClient));
      clientFeedback.restored(client.id, client.name);
      return true;
    } catch (error) {
      clientFeedback.restoreFailed(client.id, client.name, error, () => {
        void restoreEverywhere(queryClient, http, client);
      });
      return false;
    }
  });
}

/** Archives: out of `without` lists and marked archived at once; the toast offers Undo. */
export function deleteEverywhere(queryClient: QueryClient, http: HttpClient, client: ClientRef) {
  return inClientOrder(client.id, async () => {
    try {
      await runOptimisticOne(archiveChange(queryClient, http), client, clientRunOptions(queryClient));
      clientFeedback.deleted(client.id, client.name, {
        label: "Undo",
        altText: `Undo: restore ${client.name}`,
        onClick: () => void restoreEverywhere(queryClient, http, client),
      });
      return true;
    } catch (error) {
      clientFeedback.deleteFailed(client.id, client.name, error, () => {
        void deleteEverywhere(queryClient, http, client);
      });
      return false;
    }
  });
}
