import { type ReactNode, useState } from "react";
import { isApiError } from "../../../kanbert/errors.ts";
import { QueryErrorState } from "../../settings/index.ts";
import { useUserLookup } from "../../users/index.ts";
import { useClientComments } from "../api/use-client-comments.ts";
import { useClientTasks } from "../api/use-client-tasks.ts";
import { Composer } from "../compose/composer.tsx";
import { CommentsFeed } from "./comments-feed.tsx";
import { CommentsFilters } from "./comments-filters.tsx";
import { useCommentsSearch } from "./comments-search.ts";
import { CommentsUnavailable } from "./comments-unavailable.tsx";
import { MirrorSince } from "./mirror-since.tsx";

/** The comments on all of a client's tasks, as threads; reply or start a thread in place. Renders inside the host page's "Comments" section (it brings no heading of its own). */
export function ClientComments({ clientId }: { clientId: string }) {
  const [filters, setFilters] = useCommentsSearch();
  const [focusId, setFocusId] = useState<string | null>(null);
  const { users, lookup } = useUserLookup();
  const tasksQuery = useClientTasks(clientId);
  const tasks = tasksQuery.data ?? [];
  const noTasks = tasksQuery.isSuccess && tasks.length === 0;
  const comments = useClientComments(clientId, filters.taskId);
  const unavailable = isApiError(comments.error) && comments.error.status === 404;

  let content: ReactNode;
  if (unavailable) content = <CommentsUnavailable />;
  else if (comments.isPending)
    content = (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Loading comments…
      </p>
    );
  else if (comments.isError)
    content = (
      <QueryErrorState
        error={comments.error}
        what="the comments"
        onRetry={() => void comments.refetch()}
        retrying={comments.isRefetching}
      />
    );
  else
    content = (
      <CommentsFeed
        clientId={clientId}
        data={comments.data}
        busy={comments.isFetching}
        hasNextPage={comments.hasNextPage}
        isFetchingNextPage={comments.isFetchingNextPage}
        fetchNextPage={() => void comments.fetchNextPage()}
        lookup={lookup}
        users={users}
        tasks={tasks}
        visibility={filters.visibility}
        focusId={focusId}
        onPosted={setFocusId}
      />
    );

  // The host page owns the "Comments" section and its heading; this fills it.
  return (
    <div className="space-y-4">
      {!unavailable && (
        <>
          <Composer
            key={`${clientId}-${tasks.length > 0}`}
            clientId={clientId}
            users={users}
            tasks={tasks}
            defaultTaskId={filters.taskId}
            noTasks={noTasks}
            onPosted={setFocusId}
          />
          <CommentsFilters tasks={tasks} value={filters} onChange={setFilters} />
          <MirrorSince since={comments.data?.pages[0]?.meta.mirror_since} />
        </>
      )}
      {content}
    </div>
  );
}
