import type { Header } from "@tanstack/react-table";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { CLIENT_COLUMNS, type ClientColumnId, columnLabel, isColumnId } from "../view/column-catalogue.ts";
import type { SortKey } from "../view/sort.ts";
import type { clientTableFeatures } from "./column-defs.tsx";
import { HEADER_HEIGHT } from "./geometry.ts";
import { ResizeHandle } from "./resize-handle.tsx";
import { HeaderCheckbox } from "./row-selection.tsx";
import { SortHeader, sortStateOf } from "./sort-header.tsx";

type ClientHeader = Header<typeof clientTableFeatures, ClientFullData, unknown>;

const headerCellClass =
  "sticky top-0 z-20 border-b border-slate-200 bg-slate-50 px-3 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-slate-600 uppercase dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300";

function sortKeyOf(id: ClientColumnId): string | null {
  return CLIENT_COLUMNS.find((c) => c.id === id)?.sortKey ?? null;
}

export interface HeaderRowProps {
  headers: ClientHeader[];
  sort: readonly SortKey[];
  onSort: (key: string, additive: boolean) => void;
  onResize: (id: string, size: number) => void;
  /** A leading checkbox column for bulk selection. */
  selectable: boolean;
}

/** The header row: labels, sort buttons where the API sorts, resize handles on every column. */
export function HeaderRow({ headers, sort, onSort, onResize, selectable }: HeaderRowProps) {
  const primary = sort[0];
  return (
    <thead>
      <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
        {selectable && (
          <td className={headerCellClass}>
            <HeaderCheckbox />
          </td>
        )}
        {headers.map((header) => {
          const id = header.column.id;
          if (!isColumnId(id)) return null;
          const label = columnLabel(id);
          const labelId = `clients-col-${id}`;
          const key = sortKeyOf(id);
          const ariaSort =
            key !== null && primary?.key === key ? (primary.desc ? "descending" : "ascending") : undefined;
          return (
            <th
              key={header.id}
              scope="col"
              aria-sort={ariaSort}
              aria-labelledby={labelId}
              className={headerCellClass}
            >
              <div className="relative flex h-full items-center">
                {key === null ? (
                  <span id={labelId} className="truncate">
                    {label}
                  </span>
                ) : (
                  <SortHeader
                    label={label}
                    labelId={labelId}
                    state={sortStateOf(sort, key)}
                    onSort={(additive) => onSort(key, additive)}
                  />
                )}
              </div>
              <ResizeHandle
                label={label}
                size={header.getSize()}
                resizing={header.column.getIsResizing()}
                onStart={header.getResizeHandler()}
                onResize={(size) => onResize(id, size)}
                onReset={() => header.column.resetSize()}
              />
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
