import { Link } from "@tanstack/react-router";
import { memo } from "react";
import type { CommentData, TaskData, UserData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { CommentThread, visibleThread } from "../../comments/index.ts";

type Lookup = (id: string) => UserData | undefined;

const NO_TASKS: readonly TaskData[] = [];

export interface InboxRowProps {
  thread: CommentData;
  index: number;
  active: boolean;
  unread: boolean;
  /** Mark read / unread (keeps its identity, so a row re-renders only when its own props change). */
  onToggleRead: (thread: CommentData) => void;
  users: readonly UserData[];
  lookup: Lookup;
  onPosted: () => void;
}

/**
 * One thread of the inbox: unread mark, client link and task, then the comments feature's thread.
 * Memoised: scrolling re-renders the list every frame, and only rows whose props changed render.
 */
export const InboxRow = memo(function InboxRow({
  thread,
  index,
  active,
  unread,
  onToggleRead,
  users,
  lookup,
  onPosted,
}: InboxRowProps) {
  const task = thread.task ?? null;
  const clientId = task?.client_id ?? "";
  const shown = visibleThread(thread, "all");
  const clientName = task?.client?.name ?? "the client";
  return (
    <article
      aria-label={`${unread ? "New: " : ""}thread ${index + 1} on ${task?.title ?? "a task"}`}
      tabIndex={-1}
      data-active={active || undefined}
      className="space-y-2 rounded-md p-3 data-[active]:bg-sky-50 dark:data-[active]:bg-sky-950"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {unread && (
          <span className="flex items-center gap-1 font-semibold text-sky-800 dark:text-sky-200">
            <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-sky-600" />
            New
          </span>
        )}
        {clientId !== "" && (
          <Link
            to="/clients/$clientId"
            params={{ clientId }}
            className="font-medium text-sky-800 underline dark:text-sky-300"
            data-open-client
          >
            {clientName}
          </Link>
        )}
        <span className="text-slate-600 dark:text-slate-400">{task?.title}</span>
        <Button size="sm" variant="ghost" className="ml-auto" onClick={() => onToggleRead(thread)}>
          {unread ? "Mark read" : "Mark unread"}
        </Button>
      </div>
      {shown && (
        <CommentThread
          clientId={clientId}
          thread={thread}
          shown={shown}
          index={index}
          lookup={lookup}
          users={users}
          tasks={task ? [task] : NO_TASKS}
          focusId={null}
          onPosted={onPosted}
          previewReplies={2}
        />
      )}
    </article>
  );
});
