import { type ReactNode, useEffect, useMemo, useRef } from "react";
import type { CommentData } from "../../../kanbert/schemas.ts";
import { cn } from "../../../lib/cn.ts";
import { focusRing } from "../../../ui/focus.ts";
import type { UserLookup } from "../../users/index.ts";
import { userName } from "../../users/index.ts";
import { isPending } from "../api/optimistic.ts";
import { taskLabel } from "../compose/composer-fields.tsx";
import { renderCommentHtml } from "../html/render-comment.tsx";
import { Attachments } from "./attachments.tsx";
import { RelativeTime } from "./relative-time.tsx";

export interface CommentCardProps {
  comment: CommentData;
  users: UserLookup;
  /** Focus this comment once it is rendered (after posting it). */
  focus: boolean;
  /** Feed position (top-level threads only). */
  position?: { index: number };
  children?: ReactNode;
}

const BODY =
  "mt-2 space-y-2 text-sm leading-6 text-slate-800 break-words dark:text-slate-200 [&_blockquote]:border-l-2 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote_blockquote]:pl-1 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 dark:[&_code]:bg-slate-800 [&_ol]:list-decimal [&_ol]:pl-5 [&_pre]:overflow-x-auto [&_ul]:list-disc [&_ul]:pl-5";

function Badge({ isPublic }: { isPublic: boolean }) {
  return (
    <span
      className={cn(
        "rounded-full px-2 py-0.5 text-xs font-medium",
        isPublic
          ? "bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
          : "bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
      )}
    >
      {isPublic ? "Public" : "Internal"}
    </span>
  );
}

/** One comment as an `<article>` named by its author line; focusable for "jump to new comment". */
export function CommentCard({ comment, users, focus, position, children }: CommentCardProps) {
  const ref = useRef<HTMLElement>(null);
  const headingId = `comment-${comment.id}-by`;
  const body = useMemo(() => renderCommentHtml(comment.comment ?? "", users), [comment.comment, users]);
  const pending = isPending(comment);
  const name = userName(comment.author) || comment.author.email;
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <article
      ref={ref}
      id={`comment-${comment.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-busy={pending || undefined}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position ? -1 : undefined}
      className={cn("rounded-md", focusRing, pending && "opacity-70")}
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        {/* One label, not text + a visually hidden span: Chromium would name it "Name , comment". */}
        <h3
          id={headingId}
          aria-label={`${name}, ${comment.parent_comment_id ? "reply" : "comment"}`}
          className="font-semibold text-slate-900 dark:text-slate-100"
        >
          {name}
        </h3>
        <span className="text-slate-600 dark:text-slate-400">
          {pending ? "Posting…" : <RelativeTime iso={comment.created_at} />}
        </span>
        {comment.task && (
          <span className="text-slate-600 dark:text-slate-400">
            on{" "}
            <span className="font-medium text-slate-800 dark:text-slate-200">{taskLabel(comment.task)}</span>
          </span>
        )}
        <Badge isPublic={comment.is_public} />
      </header>
      <div className={BODY}>{body}</div>
      <Attachments files={comment.attachements} />
      {children}
    </article>
  );
}
