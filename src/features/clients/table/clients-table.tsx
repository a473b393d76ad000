import { useTable } from "@tanstack/react-table";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { clientColumns, clientTableFeatures } from "./columns.tsx";
import { cellClass, headerCellClass, TableFrame } from "./table-frame.tsx";

const getRowId = (client: ClientFullData) => client.id;

export function ClientsTable({ clients, caption }: { clients: ClientFullData[]; caption: string }) {
  const table = useTable({ features: clientTableFeatures, columns: clientColumns, data: clients, getRowId });
  return (
    <TableFrame caption={caption}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col" className={headerCellClass}>
                {header.isPlaceholder ? null : <table.FlexRender header={header} />}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50 dark:hover:bg-slate-800/50">
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className={cellClass}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
