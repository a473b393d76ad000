import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import type { CommentData } from "../../../kanbert/schemas.ts";
import { useHttp } from "../../settings/index.ts";
import { type PostVariables, postComment } from "./post-comment.ts";

/** Posts a comment optimistically (see `postComment`) as a mutation of the component. */
export function usePostComment(clientId: string, alsoIn?: QueryKey) {
  const http = useHttp();
  const queryClient = useQueryClient();
  return useMutation<CommentData, Error, PostVariables>({
    mutationFn: (variables) => postComment(queryClient, http, clientId, variables, alsoIn),
  });
}
