import { FlexRender, type Row } from "@tanstack/react-table";
import { memo } from "react";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { cn } from "../../../lib/cn.ts";
import type { clientTableFeatures } from "./column-defs.tsx";
import { ROW_HEIGHT } from "./geometry.ts";
import { RowCheckbox } from "./row-selection.tsx";

const cellClass = "truncate px-3 text-sm";

export interface BodyRowProps {
  row: Row<typeof clientTableFeatures, ClientFullData>;
  index: number;
  dimmed: boolean;
  /** The visible columns in order: a change re-renders the memoised row (its `row` stays the same). */
  columnsKey: string;
  /** Whether bulk selection holds this row (undefined when the table has no selection). */
  selected?: boolean;
}

/** One rendered row; clicks and keys are handled once, on the table body (`useRowNavigation`). */
export const BodyRow = memo(function BodyRow({ row, index, dimmed, selected }: BodyRowProps) {
  return (
    <tr
      aria-selected={selected}
      aria-rowindex={index + 2}
      data-index={index}
      className={cn(
        "cursor-pointer border-b border-slate-100 text-slate-800 dark:border-slate-800 dark:text-slate-200",
        "hover:bg-slate-50 focus-within:bg-indigo-50/70 dark:hover:bg-slate-800/50 dark:focus-within:bg-indigo-950/40",
        dimmed && "opacity-60",
      )}
      style={{ height: ROW_HEIGHT }}
    >
      {selected !== undefined && (
        <td className="px-3">
          <RowCheckbox index={index} name={row.original.name} selected={selected} />
        </td>
      )}
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={cellClass}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});
