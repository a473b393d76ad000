import { findComment, presentComments } from "../../backend/model/comments.ts";
import type { ClientFullData, CommentData } from "../../src/kanbert/schemas.ts";
import type { Deps } from "../http/env.ts";

/** The events of this emulator's writes: the resource's state as Kanbert sends it (SPEC §8). */

/** A comment's CommentData with its `task` (the mirror needs the task), or null when it is gone. */
export async function commentState(deps: Deps, id: string): Promise<CommentData | null> {
  const row = await findComment(deps.db, id);
  if (!row) return null;
  const [comment] = await presentComments(deps.db, [row], ["task"]);
  return comment ?? null;
}

export async function emitComment(
  deps: Deps,
  event: "comment:create" | "comment:update" | "comment:delete",
  comment: CommentData,
): Promise<void> {
  await deps.webhooks.emit({
    event,
    resourceId: comment.id,
    projectId: comment.task?.project_id ?? null,
    clientId: comment.task?.client_id ?? null,
    data: comment,
  });
}

export async function emitClient(
  deps: Deps,
  event: "client:create" | "client:update" | "client:delete" | "client:restore",
  client: ClientFullData,
): Promise<void> {
  await deps.webhooks.emit({
    event,
    resourceId: client.id,
    projectId: null,
    clientId: client.id,
    data: client,
  });
}
