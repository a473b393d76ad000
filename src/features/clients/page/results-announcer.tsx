import { useEffect, useState } from "react";

/**
 * A polite live region saying what the table now shows, once the result has settled: after a change
 * of view (`announceKey`) it is cleared first, so the same words are heard again for a new view.
 */
export function ResultsAnnouncer({ message, announceKey }: { message: string | null; announceKey: string }) {
  const [said, setSaid] = useState("");
  useEffect(() => {
    if (announceKey) setSaid("");
  }, [announceKey]);
  useEffect(() => {
    if (message === null) return;
    const timer = setTimeout(() => setSaid(message), 200);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {said}
    </div>
  );
}
