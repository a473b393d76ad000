import { Dialog } from "../../../ui/dialog.tsx";

const SHORTCUTS: readonly [string, string][] = [
  ["j", "Next thread"],
  ["k", "Previous thread"],
  ["r", "Reply to the thread"],
  ["o or Enter", "Open the thread's client"],
  ["u", "Mark the thread read or unread"],
  ["?", "Show these shortcuts"],
];

/** The inbox's keyboard shortcuts (none fires while typing in a field). */
export function ShortcutsDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border px-1">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        No shortcut fires while you type in a field.
      </p>
    </Dialog>
  );
}
