import type { QueryKey } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { TaskData, UserData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { useWhoami } from "../../users/index.ts";
import { TaskSelect, VisibilityRadios } from "./composer-fields.tsx";
import { FailedPostNotice } from "./failed-post-notice.tsx";
import { MentionTextarea } from "./mention-textarea.tsx";
import { PublicReplyDialog } from "./public-reply-dialog.tsx";
import { draftToHtml } from "./serialize.ts";
import { clearSlot, composerKey, type Draft, putBackFailed, useDraft } from "./use-draft.ts";
import { type SendTarget, useSendDraft } from "./use-send-draft.ts";

export interface ComposerProps {
  clientId: string;
  users: readonly UserData[];
  /** The client's tasks; a reply uses its thread's task instead. */
  tasks: readonly TaskData[];
  /** A reply starts with its thread's visibility; making it public in an internal thread is confirmed. */
  reply?: { threadId: string; task: TaskData | null; taskId: string; to: string; isPublic: boolean };
  defaultTaskId?: string | null;
  /** The client has no tasks: there is nothing to comment on, so the composer is disabled. */
  noTasks?: boolean;
  /**
   * The task is chosen outside the client's list (the inbox's task picker): `field` replaces the
   * task select, `task` is the target. The draft then lives in `slot`, whatever task is chosen.
   */
  taskPicker?: { task: TaskData | null; field: ReactNode; slot: string };
  /** Cached lists besides the client's that show a new thread at once (the inbox's). */
  alsoIn?: QueryKey;
  /** Focus the text box when the composer opens (an inline reply). */
  autoFocus?: boolean;
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
export function Composer(props: ComposerProps) {
  const { clientId, users, tasks, reply, taskPicker, onPosted, onCancel } = props;
  const formId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const slotKey = taskPicker?.slot ?? composerKey(clientId, reply?.threadId);
  const { draft, failed, setText, addMention } = useDraft(slotKey);
  const [taskId, setTaskId] = useState(props.defaultTaskId ?? tasks[0]?.id ?? "");
  const [isPublic, setIsPublic] = useState(reply ? reply.isPublic : true);
  const [confirmPublic, setConfirmPublic] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const me = useWhoami().data ?? YOU;
  const { send, isPending } = useSendDraft(slotKey, clientId, me, props.alsoIn);
  const targetTask = reply ? reply.taskId : taskPicker ? (taskPicker.task?.id ?? "") : taskId;
  const disabled = props.noTasks === true;
  const autoFocus = props.autoFocus === true;

  useEffect(() => {
    if (autoFocus) textareaRef.current?.focus();
  }, [autoFocus]);

  async function deliver(sent: Draft, target: SendTarget) {
    setError(null);
    const id = await send(sent, target);
    if (id !== null) onPosted(id);
    else textareaRef.current?.focus();
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (disabled) return;
    if (draftToHtml(draft.text, draft.mentions) === "") return setError("Write something first.");
    if (targetTask === "") return setError("Choose a task for the comment.");
    const task = reply
      ? reply.task
      : taskPicker
        ? taskPicker.task
        : (tasks.find((t) => t.id === taskId) ?? null);
    void deliver(draft, { taskId: targetTask, task, isPublic, parentId: reply?.threadId ?? null });
  }

  const failedInBox = failed !== null && failed.draft.externalId === draft.externalId;
  const title = reply ? `Reply to ${reply.to}` : "New comment";
  const noTasksId = `${formId}-no-tasks`;
  return (
    <form
      aria-label={title}
      aria-describedby={disabled ? noTasksId : undefined}
      onSubmit={submit}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      {disabled && (
        <p id={noTasksId} className="text-sm text-slate-700 dark:text-slate-300">
          This client has no tasks yet, so there is nothing to comment on. Comments belong to a task.
        </p>
      )}
      <fieldset disabled={disabled} className="space-y-3">
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
          {taskPicker?.field}
          {!reply && !taskPicker && !disabled && (
            <TaskSelect tasks={tasks} value={taskId} onChange={setTaskId} />
          )}
          <VisibilityRadios
            name={`${formId}-visibility`}
            isPublic={isPublic}
            onChange={(next) =>
              next && reply && !reply.isPublic ? setConfirmPublic(true) : setIsPublic(next)
            }
          />
          <div className="ml-auto flex gap-2">
            {onCancel && (
              <Button
                variant="ghost"
                onClick={() => {
                  clearSlot(slotKey);
                  onCancel();
                }}
              >
                Cancel
              </Button>
            )}
            <Button type="submit" variant="primary" disabled={isPending}>
              {isPending ? "Posting…" : reply ? "Post reply" : "Post comment"}
            </Button>
          </div>
        </div>
      </fieldset>
      {error && <ErrorState title="Not posted" message={`${error} Your text is still here.`} />}
      {failed && (
        <FailedPostNotice
          failed={failed}
          inBox={failedInBox}
          retrying={isPending}
          onRetry={() => (failedInBox ? submit() : void deliver(failed.draft, failed.target))}
          onPutBack={() => putBackFailed(slotKey)}
        />
      )}
      <PublicReplyDialog
        open={confirmPublic}
        onAnswer={(makePublic) => {
          setConfirmPublic(false);
          if (makePublic) setIsPublic(true);
        }}
      />
    </form>
  );
}
