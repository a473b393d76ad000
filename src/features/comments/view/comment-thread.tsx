import { useState } from "react";
import type { CommentData, TaskData, UserData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import type { UserLookup } from "../../users/index.ts";
import { userName } from "../../users/index.ts";
import { isPending } from "../api/optimistic.ts";
import { Composer } from "../compose/composer.tsx";
import { composerKey, useComposerSlot } from "../compose/use-draft.ts";
import { CommentCard } from "./comment-card.tsx";
import { HiddenRootCard } from "./hidden-root-card.tsx";
import type { VisibleThread } from "./visible-thread.ts";

export interface CommentThreadProps {
  clientId: string;
  thread: CommentData;
  /** What the visibility filter leaves of the thread. */
  shown: VisibleThread;
  index: number;
  lookup: UserLookup;
  users: readonly UserData[];
  tasks: readonly TaskData[];
  focusId: string | null;
  onPosted: (commentId: string) => void;
  /** Show only the first N replies until "Show N more" (the inbox); all replies toggle otherwise. */
  previewReplies?: number;
}

const count = (n: number) => `${n} ${n === 1 ? "reply" : "replies"}`;

/** A top-level comment with its replies (collapsible) and an inline reply composer. */
export function CommentThread(props: CommentThreadProps) {
  const { thread, shown, lookup, focusId } = props;
  const preview = props.previewReplies;
  const [expanded, setExpanded] = useState(preview === undefined);
  const [replying, setReplying] = useState(false);
  // A reply that failed after its composer was closed brings the composer back with its text.
  const failedReply = useComposerSlot(composerKey(props.clientId, thread.id)).failed !== null;
  const repliesId = `comment-${thread.id}-replies`;
  const replies = shown.replies;
  const author = userName(thread.author);
  const task = thread.task ?? null;
  const Card = shown.rootShown ? CommentCard : HiddenRootCard;
  return (
    <Card comment={thread} users={lookup} focus={focusId === thread.id} position={{ index: props.index }}>
      <div className="mt-2 flex flex-wrap gap-2">
        {replies.length > 0 && preview === undefined && (
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={expanded}
            aria-controls={repliesId}
            onClick={() => setExpanded((open) => !open)}
          >
            <span aria-hidden="true">{expanded ? "▾" : "▸"}</span>
            {expanded ? `Hide ${count(replies.length)}` : `Show ${count(replies.length)}`}
          </Button>
        )}
        {!isPending(thread) && (
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Reply to ${author}`}
            onClick={() => {
              setReplying(true);
              setExpanded(true);
            }}
          >
            Reply
          </Button>
        )}
      </div>
      {replies.length > 0 && (
        <ul
          id={repliesId}
          aria-label={`Replies to ${author}`}
          hidden={!expanded && preview === undefined}
          className="mt-3 space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700"
        >
          {(expanded || preview === undefined ? replies : replies.slice(0, preview)).map((reply) => (
            <li key={reply.id}>
              <CommentCard comment={reply} users={lookup} focus={focusId === reply.id} />
            </li>
          ))}
        </ul>
      )}
      {preview !== undefined && !expanded && replies.length > preview && (
        <Button size="sm" variant="ghost" className="mt-2" onClick={() => setExpanded(true)}>
          Show {replies.length - preview} more
        </Button>
      )}
      {(replying || failedReply) && (
        <div className="mt-3 pl-4">
          <Composer
            clientId={props.clientId}
            users={props.users}
            tasks={props.tasks}
            reply={{
              threadId: thread.id,
              task,
              taskId: task?.id ?? "",
              to: author,
              isPublic: thread.is_public,
            }}
            autoFocus={replying}
            onPosted={(id) => {
              setReplying(false);
              setExpanded(true);
              props.onPosted(id);
            }}
            onCancel={() => setReplying(false)}
          />
        </div>
      )}
    </Card>
  );
}
