import * as Popover from "@radix-ui/react-popover";
import { Button } from "../../../ui/button.tsx";
import { Checkbox } from "../../../ui/checkbox.tsx";
import { type ClientColumnId, COLUMN_IDS, columnLabel } from "../view/column-catalogue.ts";
import { columnsForMenu, moveColumn, showColumn } from "../view/column-list.ts";
import { ColumnsIcon } from "./columns-icon.tsx";

function Chevron({ up }: { up: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
      <path
        fill="currentColor"
        d={up ? "M8 5.5 12 9.5l-1 1-3-3-3 3-1-1z" : "M8 10.5 4 6.5l1-1 3 3 3-3 1 1z"}
      />
    </svg>
  );
}

export interface ColumnsMenuProps {
  columns: ClientColumnId[];
  onChange: (columns: ClientColumnId[]) => void;
}

/** Which columns show and in what order (kept in the URL's `cols`). */
export function ColumnsMenu({ columns, onChange }: ColumnsMenuProps) {
  const items = columnsForMenu(columns);
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <Button>
          <ColumnsIcon />
          Columns
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          aria-label="Columns"
          className="z-40 w-72 rounded-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <p className="px-1 pb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            Visible columns
          </p>
          <ul className="space-y-0.5">
            {items.map(({ id, visible }, index) => {
              const label = columnLabel(id);
              return (
                <li
                  key={id}
                  className="flex items-center gap-1 rounded px-1 py-1 hover:bg-slate-50 dark:hover:bg-slate-800/60"
                >
                  <Checkbox
                    label={label}
                    checked={visible}
                    disabled={id === "name"}
                    onChange={(event) => onChange(showColumn(columns, id, event.target.checked))}
                    className="flex-1"
                  />
                  {visible && (
                    <>
                      <Button
                        variant="ghost"
                        size="icon"
                        className="size-7"
                        aria-label={`Move ${label} up`}
                        disabled={index === 0}
                        onClick={() => onChange(moveColumn(columns, id, -1))}
                      >
                        <Chevron up />
                      </Button>
                      <Button
                        variant="ghost"
                        size="icon"
                        className="size-7"
                        aria-label={`Move ${label} down`}
                        disabled={index === columns.length - 1}
                        onClick={() => onChange(moveColumn(columns, id, 1))}
                      >
                        <Chevron up={false} />
                      </Button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          <div className="mt-2 flex justify-end border-t border-slate-100 pt-2 dark:border-slate-800">
            <Button variant="ghost" size="sm" onClick={() => onChange([...COLUMN_IDS])}>
              Reset columns
            </Button>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
