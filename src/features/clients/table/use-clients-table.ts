import { type ColumnSizingState, useTable } from "@tanstack/react-table";
import { type CSSProperties, useEffect, useMemo, useState } from "react";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { type ClientColumnId, COLUMN_IDS } from "../view/column-catalogue.ts";
import { clientColumns, clientTableFeatures } from "./column-defs.tsx";
import { readColumnSizing, writeColumnSizing } from "./column-sizing-store.ts";

const getRowId = (client: ClientFullData) => client.id;

/**
 * The TanStack table of the loaded clients: visibility and order follow the view (the URL),
 * widths are the person's own and remembered in localStorage.
 */
export function useClientsTable(rows: ClientFullData[], columns: readonly ClientColumnId[]) {
  const [columnSizing, setColumnSizing] = useState<ColumnSizingState>(readColumnSizing);
  useEffect(() => writeColumnSizing(columnSizing), [columnSizing]);
  const columnOrder = useMemo(
    () => [...columns, ...COLUMN_IDS.filter((id) => !columns.includes(id))],
    [columns],
  );
  const columnVisibility = useMemo(
    () => Object.fromEntries(COLUMN_IDS.map((id) => [id, columns.includes(id)])),
    [columns],
  );
  const table = useTable({
    features: clientTableFeatures,
    columns: clientColumns,
    data: rows,
    getRowId,
    state: { columnSizing, columnOrder, columnVisibility },
    onColumnSizingChange: setColumnSizing,
    columnResizeMode: "onChange",
    enableColumnResizing: true,
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  // Widths as CSS variables on the table, so a resize restyles cells without touching them.
  const widthVars: Record<string, string> = {};
  for (const header of headers) widthVars[`--col-${header.column.id}`] = `${header.getSize()}px`;
  const style: CSSProperties = widthVars;
  return { table, headers, style, totalWidth: table.getTotalSize(), setColumnSizing };
}
