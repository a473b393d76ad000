import { Button } from "../../../ui/button.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import type { FailedPost } from "./use-draft.ts";

/**
 * A post that failed. When its text is back in the box it says so; when the user has typed
 * something new since, the failed text is shown here with a way to put it back (nothing is lost).
 */
export function FailedPostNotice(props: {
  failed: FailedPost;
  inBox: boolean;
  retrying: boolean;
  onRetry: () => void;
  onPutBack: () => void;
}) {
  const { failed, inBox } = props;
  return (
    <ErrorState
      title="Not posted"
      message={
        inBox ? (
          `${failed.message} Your text is still here.`
        ) : (
          <>
            <p>{failed.message} The text that was not posted:</p>
            <blockquote
              aria-label="Text not posted"
              className="mt-1 border-l-2 border-red-300 pl-3 whitespace-pre-wrap"
            >
              {failed.draft.text}
            </blockquote>
          </>
        )
      }
      onRetry={props.onRetry}
      retrying={props.retrying}
      actions={
        !inBox && (
          <Button size="sm" variant="ghost" onClick={props.onPutBack}>
            Put the text back in the box
          </Button>
        )
      }
    />
  );
}
