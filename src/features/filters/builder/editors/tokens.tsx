import { CloseIcon } from "../../icons.tsx";

/** A chosen value shown as a small pill with a remove button. */
export function Token({
  label,
  onRemove,
  removeLabel,
}: {
  label: string;
  onRemove: () => void;
  removeLabel: string;
}) {
  return (
    <span className="inline-flex h-7 items-center gap-0.5 rounded-md bg-indigo-50 pr-0.5 pl-2 text-sm font-medium text-indigo-900 ring-1 ring-indigo-200 ring-inset dark:bg-indigo-950 dark:text-indigo-100 dark:ring-indigo-800">
      {label}
      <button
        type="button"
        aria-label={removeLabel}
        onClick={onRemove}
        className="inline-flex size-6 items-center justify-center rounded text-indigo-700 hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-indigo-300 dark:hover:bg-indigo-900"
      >
        <CloseIcon />
      </button>
    </span>
  );
}
