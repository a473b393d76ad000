import { type FormEvent, useId, useRef, useState } from "react";
import type { TaskData, UserData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { useWhoami } from "../../settings/index.ts";
import { makePending } from "../api/optimistic.ts";
import { usePostComment } from "../api/use-post-comment.ts";
import { TaskSelect, VisibilityRadios } from "./composer-fields.tsx";
import { describePostError } from "./describe-post-error.ts";
import { MentionTextarea } from "./mention-textarea.tsx";
import { draftToHtml } from "./serialize.ts";
import { useDraft } from "./use-draft.ts";

export interface ComposerProps {
  clientId: string;
  users: readonly UserData[];
  /** The client's tasks; a reply uses its thread's task instead. */
  tasks: readonly TaskData[];
  reply?: { threadId: string; task: TaskData | null; taskId: string; to: string };
  defaultTaskId?: string | null;
  onPosted: (commentId: string) => void;
  onCancel?: () => void;
}

const YOU: UserData = {
  id: "me",
  first_name: "You",
  last_name: "",
  email: "",
  type: "user",
  space: { id: "", name: "" },
};

/** New thread or inline reply: text with @mentions, task, public/internal; optimistic post. */
export function Composer({
  clientId,
  users,
  tasks,
  reply,
  defaultTaskId,
  onPosted,
  onCancel,
}: ComposerProps) {
  const formId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const { draft, setText, addMention, restore, clear } = useDraft();
  const [taskId, setTaskId] = useState(defaultTaskId ?? tasks[0]?.id ?? "");
  const [isPublic, setIsPublic] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const me = useWhoami().data ?? YOU;
  const post = usePostComment(clientId);
  const targetTask = reply ? reply.taskId : taskId;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const html = draftToHtml(draft.text, draft.mentions);
    if (html === "") return setError("Write something first.");
    if (targetTask === "") return setError("Choose a task for the comment.");
    const saved = draft;
    const task = reply ? reply.task : (tasks.find((t) => t.id === taskId) ?? null);
    const pending = makePending({
      html,
      isPublic,
      parentId: reply?.threadId ?? null,
      task,
      author: me,
      now: new Date(),
    });
    setError(null);
    clear();
    try {
      const body = {
        task_id: targetTask,
        comment: html,
        is_public: isPublic,
        parent_comment_id: reply?.threadId ?? null,
      };
      const real = await post.mutateAsync({ body, pending });
      onPosted(real.id);
    } catch (failure) {
      restore(saved);
      setError(describePostError(failure));
      textareaRef.current?.focus();
    }
  }

  const title = reply ? `Reply to ${reply.to}` : "New comment";
  return (
    <form
      aria-label={title}
      onSubmit={submit}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <MentionTextarea
        label={reply ? "Your reply" : "Comment"}
        value={draft.text}
        onChange={setText}
        onMention={addMention}
        users={users}
        textareaRef={textareaRef}
        invalid={error !== null}
      />
      <div className="flex flex-wrap items-end gap-4">
        {!reply && <TaskSelect tasks={tasks} value={taskId} onChange={setTaskId} />}
        <VisibilityRadios name={`${formId}-visibility`} isPublic={isPublic} onChange={setIsPublic} />
        <div className="ml-auto flex gap-2">
          {onCancel && (
            <Button variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" variant="primary" disabled={post.isPending}>
            {post.isPending ? "Posting…" : reply ? "Post reply" : "Post comment"}
          </Button>
        </div>
      </div>
      {error && (
        <ErrorState
          title="Not posted"
          message={`${error} Your text is still here.`}
          onRetry={() => void submit()}
        />
      )}
    </form>
  );
}
