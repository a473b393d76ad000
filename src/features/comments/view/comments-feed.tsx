import type { TaskData, UserData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import type { CommentPages } from "../api/optimistic.ts";
import type { UserLookup } from "../html/render-comment.tsx";
import { CommentThread } from "./comment-thread.tsx";

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
  focusId: string | null;
  onPosted: (commentId: string) => void;
}

/** The threads as a `role="feed"` of articles, newest first, with "Load more" below. */
export function CommentsFeed(props: CommentsFeedProps) {
  const threads = props.data.pages.flatMap((page) => page.data);
  if (threads.length === 0) {
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
        {threads.map((thread, index) => (
          <CommentThread
            key={thread.id}
            clientId={props.clientId}
            thread={thread}
            index={index}
            lookup={props.lookup}
            users={props.users}
            tasks={props.tasks}
            focusId={props.focusId}
            onPosted={props.onPosted}
          />
        ))}
      </div>
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
