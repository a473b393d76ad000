import { EmptyState } from "../../../ui/empty-state.tsx";

/** On a real Kanbert the extension endpoint `GET /tasks/comments` does not exist (404). */
export function CommentsUnavailable() {
  return (
    <EmptyState title="Comments can't be read from this API">
      Kanbert's public API documents how to post comments but not how to read them back. This dashboard reads
      threads through <code>GET /tasks/comments</code>, an extension of the Kanbert emulator. Connect to the
      emulator to see and answer comments here.
    </EmptyState>
  );
}
