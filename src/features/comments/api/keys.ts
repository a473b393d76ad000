/** Query keys of the comments feature; the cursor is never part of a key. */

export type Visibility = "all" | "public" | "internal";

export interface CommentFilters {
  /** A task id, or null for every task of the client. */
  taskId: string | null;
  visibility: Visibility;
}

export const commentKeys = {
  all: ["comments"] as const,
  client: (clientId: string) => [...commentKeys.all, "client", clientId] as const,
  /** Visibility is not part of the key: it filters what is shown, replies included (see visible-thread.ts). */
  clientList: (clientId: string, taskId: string | null) =>
    [...commentKeys.client(clientId), { taskId }] as const,
  clientTasks: (clientId: string) => [...commentKeys.all, "tasks-of-client", clientId] as const,
};

const quote = (value: string) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

/**
 * The `GET /tasks/comments` filter for a client's threads (of one task, or all). Visibility is not
 * sent: the server would apply it to top-level comments only, and the view must apply it to replies
 * too.
 */
export function clientCommentsFilter(clientId: string, taskId: string | null): string {
  const parts = [`task.client_id eq ${quote(clientId)}`];
  if (taskId !== null) parts.push(`task.id eq ${quote(taskId)}`);
  return parts.join(" and ");
}

export const tasksOfClientFilter = (clientId: string) => `client.id eq ${quote(clientId)}`;
