export function ColumnsIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
      <path fill="currentColor" d="M2 3h3v10H2zm4.5 0h3v10h-3zM11 3h3v10h-3z" opacity=".8" />
    </svg>
  );
}
