/** Says politely when the selection was cleared by a change of view. */
export function BulkAnnouncer({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" className="sr-only">
      {message}
    </div>
  );
}
