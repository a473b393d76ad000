import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateCommentBody } from "../../../kanbert/bodies.ts";
import { createComment } from "../../../kanbert/comments.ts";
import type { CommentData } from "../../../kanbert/schemas.ts";
import { useHttp } from "../../settings/index.ts";
import { commentKeys } from "./keys.ts";
import { addComment, type CommentPages, listShowsTask, replaceComment } from "./optimistic.ts";

export interface PostVariables {
  body: CreateCommentBody;
  /** The optimistic stand-in (from makePending), shown until the answer arrives. */
  pending: CommentData;
}

interface Snapshot {
  entries: [QueryKey, CommentPages | undefined][];
}

/** The task of a cached list (`commentKeys.clientList`): `{ taskId }`, or null for a key of another shape. */
function listOf(key: QueryKey): { taskId: string | null } | null {
  const value: unknown = key[3];
  if (typeof value !== "object" || value === null || !("taskId" in value)) return null;
  const { taskId } = value;
  return taskId === null || typeof taskId === "string" ? { taskId } : null;
}

/** Posts a comment optimistically into every cached list of the client; rolls back on failure. */
export function usePostComment(clientId: string) {
  const http = useHttp();
  const queryClient = useQueryClient();
  const scope = commentKeys.client(clientId);
  return useMutation<CommentData, Error, PostVariables, Snapshot>({
    mutationFn: ({ body }) => createComment(http, body),
    onMutate: async ({ body, pending }) => {
      await queryClient.cancelQueries({ queryKey: scope });
      const entries = queryClient.getQueriesData<CommentPages>({ queryKey: scope });
      for (const [key, data] of entries) {
        const list = listOf(key);
        if (!data || !list || !listShowsTask(list.taskId, body.task_id)) continue;
        queryClient.setQueryData<CommentPages>(key, addComment(data, pending));
      }
      return { entries };
    },
    onError: (_error, _variables, snapshot) => {
      for (const [key, data] of snapshot?.entries ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess: (real, { pending }) => {
      queryClient.setQueriesData<CommentPages>({ queryKey: scope }, (data) =>
        data ? replaceComment(data, pending.id, { ...real, task: real.task ?? pending.task }) : data,
      );
    },
    onSettled: (_data, error) => {
      if (!error) void queryClient.invalidateQueries({ queryKey: scope, refetchType: "none" });
    },
  });
}
