import type { QueryKey } from "@tanstack/react-query";
import type { TaskData, UserData } from "../../../kanbert/schemas.ts";
import { makePending } from "../api/optimistic.ts";
import { usePostComment } from "../api/use-post-comment.ts";
import { describePostError } from "./describe-post-error.ts";
import { draftToHtml } from "./serialize.ts";
import { type Draft, newDraft, updateSlot } from "./use-draft.ts";

/** The `external_origin` this console writes with every comment's `external_id`. */
const EXTERNAL_ORIGIN = "kanbert-console";

export interface SendTarget {
  taskId: string;
  task: TaskData | null;
  isPublic: boolean;
  parentId: string | null;
}

/**
 * Posts a draft of one composer slot. The box is emptied for new typing while the post is on its
 * way; on failure the failed post is kept (with its target) and its text goes back into the box
 * only if the box is still empty, so newer typing is never overwritten.
 */
export function useSendDraft(slotKey: string, clientId: string, author: UserData, alsoIn?: QueryKey) {
  const post = usePostComment(clientId, alsoIn);
  async function send(sent: Draft, target: SendTarget): Promise<string | null> {
    const html = draftToHtml(sent.text, sent.mentions);
    const pending = makePending({ ...target, html, author, now: new Date() });
    updateSlot(slotKey, (slot) => ({
      draft: slot.draft.externalId === sent.externalId ? newDraft() : slot.draft,
      failed: null,
    }));
    try {
      const body = {
        task_id: target.taskId,
        comment: html,
        is_public: target.isPublic,
        parent_comment_id: target.parentId,
        external_id: sent.externalId,
        external_origin: EXTERNAL_ORIGIN,
      };
      const real = await post.mutateAsync({ body, pending });
      return real.id;
    } catch (failure) {
      updateSlot(slotKey, (slot) => ({
        draft: slot.draft.text.trim() === "" ? sent : slot.draft,
        failed: { draft: sent, target, message: describePostError(failure) },
      }));
      return null;
    }
  }
  return { send, isPending: post.isPending };
}
