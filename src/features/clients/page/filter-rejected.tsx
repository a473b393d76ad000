/** The API's 400 for the current filter, shown next to the filter controls (not as a broken table). */
export function FilterRejected({ message }: { message: string }) {
  return (
    <p
      role="alert"
      className="rounded-md border border-red-200 bg-red-50 px-4 py-2.5 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300"
    >
      The server rejected this filter: {message}
    </p>
  );
}
