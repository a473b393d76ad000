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
  clientList: (clientId: string, filters: CommentFilters) =>
    [...commentKeys.client(clientId), filters] as const,
  clientTasks: (clientId: string) => [...commentKeys.all, "tasks-of-client", clientId] as const,
  usersDirectory: () => [...commentKeys.all, "users-directory"] as const,
};

const quote = (value: string) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

/** The `GET /tasks/comments` filter for a client's threads. */
export function clientCommentsFilter(clientId: string, filters: CommentFilters): string {
  const parts = [`task.client_id eq ${quote(clientId)}`];
  if (filters.taskId !== null) parts.push(`task.id eq ${quote(filters.taskId)}`);
  if (filters.visibility !== "all") parts.push(`is_public eq ${filters.visibility === "public"}`);
  return parts.join(" and ");
}

export const tasksOfClientFilter = (clientId: string) => `client.id eq ${quote(clientId)}`;
