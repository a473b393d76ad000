import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { CreateCommentBody } from "../../../kanbert/bodies.ts";
import { createComment } from "../../../kanbert/comments.ts";
import type { HttpClient } from "../../../kanbert/http.ts";
import type { CommentData } from "../../../kanbert/schemas.ts";
import { runOptimisticOne } from "../../../lib/optimistic.ts";
import { commentKeys } from "./keys.ts";
import { addComment, type CommentPages, listShowsTask, removeComment, replaceComment } from "./optimistic.ts";

export interface PostVariables {
  body: CreateCommentBody;
  /** The optimistic stand-in (from makePending), shown until the answer arrives. */
  pending: CommentData;
}

/** The task of a cached list (`commentKeys.clientList`): `{ taskId }`, or null for a key of another shape. */
function listOf(key: QueryKey): { taskId: string | null } | null {
  const value: unknown = key[3];
  if (typeof value !== "object" || value === null || !("taskId" in value)) return null;
  const { taskId } = value;
  // Stryker disable next-line ConditionalExpression: a task id of another type matches no task (listShowsTask compares it with a string), so null or not ends alike
  return taskId === null || typeof taskId === "string" ? { taskId } : null;
}

/**
 * Posts a comment through the optimistic runner: the stand-in goes into every cached list of the
 * client that shows its task, and into every list under `alsoIn` (the inbox's); on failure only
 * that stand-in is taken out again. Resolves to the server's comment, rejects with the call's error.
 */
export function postComment(
  queryClient: QueryClient,
  http: HttpClient,
  clientId: string,
  variables: PostVariables,
  alsoIn?: QueryKey,
): Promise<CommentData> {
  const scope = commentKeys.client(clientId);
  const everyList = (edit: (data: CommentPages) => CommentPages) => {
    for (const queryKey of alsoIn ? [scope, alsoIn] : [scope])
      queryClient.setQueriesData<CommentPages>({ queryKey }, (data) => (data?.pages ? edit(data) : data));
  };
  return runOptimisticOne(
    {
      // Stryker disable next-line ArrowFunction: nothing is snapshotted (the rollback takes the stand-in out), so null or undefined alike
      snapshot: () => null,
      apply: ({ body, pending }) => {
        for (const [key, data] of queryClient.getQueriesData<CommentPages>({ queryKey: scope })) {
          const list = listOf(key);
          if (!data || !list || !listShowsTask(list.taskId, body.task_id)) continue;
          queryClient.setQueryData<CommentPages>(key, addComment(data, pending));
        }
        if (alsoIn)
          queryClient.setQueriesData<CommentPages>({ queryKey: alsoIn }, (data) =>
            data?.pages ? addComment(data, pending) : data,
          );
      },
      call: ({ body }) => createComment(http, body),
      commit: ({ pending }, real) => {
        everyList((data) => replaceComment(data, pending.id, { ...real, task: real.task ?? pending.task }));
        void queryClient.invalidateQueries({ queryKey: scope, refetchType: "none" });
      },
      rollback: ({ pending }) => everyList((data) => removeComment(data, pending.id)),
    },
    variables,
    {
      prepare: async () => {
        await queryClient.cancelQueries({ queryKey: scope });
        if (alsoIn) await queryClient.cancelQueries({ queryKey: alsoIn });
      },
    },
  );
}
