import type { TaskData, UserData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import type { UserLookup } from "../../users/index.ts";
import type { Visibility } from "../api/keys.ts";
import type { CommentPages } from "../api/optimistic.ts";
import { CommentThread } from "./comment-thread.tsx";
import { visibleThread } from "./visible-thread.ts";

export interface CommentsFeedProps {
  clientId: string;
  data: CommentPages;
  busy: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  lookup: UserLookup;
  users: readonly UserData[];
  tasks: readonly TaskData[];
  /** Applied to every comment, replies included. */
  visibility: Visibility;
  focusId: string | null;
  onPosted: (commentId: string) => void;
}

/** The threads as a `role="feed"` of articles, newest first, with "Load more" below. */
export function CommentsFeed(props: CommentsFeedProps) {
  const all = props.data.pages.flatMap((page) => page.data);
  const threads = all.flatMap((thread) => {
    const shown = visibleThread(thread, props.visibility);
    return shown ? [{ thread, shown }] : [];
  });
  if (all.length === 0) {
    return <EmptyState title="No comments yet">Nothing has been said on these tasks so far.</EmptyState>;
  }
  return (
    <>
      <div
        role="feed"
        aria-busy={props.busy}
        aria-label="Comment threads"
        className="divide-y divide-slate-200 dark:divide-slate-800 [&>article]:py-4"
      >
        {threads.map(({ thread, shown }, index) => (
          <CommentThread
            key={thread.id}
            clientId={props.clientId}
            thread={thread}
            shown={shown}
            index={index}
            lookup={props.lookup}
            users={props.users}
            tasks={props.tasks}
            focusId={props.focusId}
            onPosted={props.onPosted}
          />
        ))}
      </div>
      {threads.length === 0 && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          No comments {props.hasNextPage ? "so far " : ""}match the filter.
        </p>
      )}
      {props.hasNextPage && (
        <div className="flex justify-center">
          <Button onClick={props.fetchNextPage} disabled={props.isFetchingNextPage}>
            {props.isFetchingNextPage ? "Loading more comments…" : "Load more comments"}
          </Button>
        </div>
      )}
    </>
  );
}
