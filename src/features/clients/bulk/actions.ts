import type { QueryClient } from "@tanstack/react-query";
import type { HttpClient } from "../../../kanbert/http.ts";
import type { ClientFullData, ClientSegment, UserData } from "../../../kanbert/schemas.ts";
import type { OptimisticChange } from "../../../lib/optimistic.ts";
import type { ClientSnapshot } from "../api/client-cache.ts";
import { archiveChange, restoreChange, updateChange } from "../api/client-change.ts";

/** The bulk actions: each a client change for the runner, its inverse for Undo, and its words. */
export type BulkAction =
  | { kind: "archive" }
  | { kind: "restore" }
  | { kind: "segment"; segment: ClientSegment }
  | { kind: "contact"; contact: UserData | null };

export type BulkChange = OptimisticChange<ClientFullData, ClientSnapshot, unknown>;

export function changeOf(action: BulkAction, queryClient: QueryClient, http: HttpClient): BulkChange {
  switch (action.kind) {
    case "archive":
      return byRow(archiveChange(queryClient, http), (row) => row);
    case "restore":
      return byRow(restoreChange(queryClient, http), (row) => row);
    case "segment":
      return byRow(updateChange(queryClient, http), (row) => ({
        id: row.id,
        body: { segment: action.segment },
      }));
    case "contact":
      return byRow(updateChange(queryClient, http), (row) => ({
        id: row.id,
        body: { primary_contact_id: action.contact?.id ?? null },
        contact: action.contact,
      }));
  }
}

/** A client change driven by rows (each row becomes the change's item); the answer is committed at once. */
function byRow<TItem, TResult>(
  change: OptimisticChange<TItem, ClientSnapshot, TResult>,
  itemOf: (row: ClientFullData) => TItem,
): BulkChange {
  return {
    snapshot: (row) => change.snapshot(itemOf(row)),
    apply: (row) => change.apply(itemOf(row)),
    call: async (row) => {
      const answer = await change.call(itemOf(row));
      change.commit?.(itemOf(row), answer);
      return answer;
    },
    rollback: (row, snapshot) => change.rollback(itemOf(row), snapshot),
  };
}

/**
 * Undo of one client: the inverse call, from the row as it was before the action (the snapshot):
 * restore after archive, archive after restore, the previous segment or contact after a set.
 */
export function inverseOf(action: BulkAction, before: ClientFullData): BulkAction {
  switch (action.kind) {
    case "archive":
      return { kind: "restore" };
    case "restore":
      return { kind: "archive" };
    case "segment":
      return { kind: "segment", segment: before.segment };
    case "contact":
      return { kind: "contact", contact: before.primary_contact };
  }
}

/** "archived", "restored", "moved to segment C", "given a new contact" — after a count. */
export function pastTense(action: BulkAction): string {
  switch (action.kind) {
    case "archive":
      return "archived";
    case "restore":
      return "restored";
    case "segment":
      return `moved to segment ${action.segment}`;
    case "contact":
      return action.contact ? "given a new primary contact" : "left without a primary contact";
  }
}
