import { formatDate } from "../../../lib/dates.ts";

/**
 * When the comments come from this project's mirror (webhooks), history before the mirror began
 * listening is missing: say since when comments have been received.
 */
export function MirrorSince({ since }: { since: string | undefined }) {
  if (!since) return null;
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      Comments received since <time dateTime={since}>{formatDate(since)}</time>
    </p>
  );
}
