import { cellClass, headerCellClass, TableFrame } from "./table-frame.tsx";

const headers = ["Name", "Shortcode", "Segment", "Primary contact", "Created"];
const widths = ["w-40", "w-16", "w-6", "w-28", "w-20"];
const rows = Array.from({ length: 8 }, (_, i) => `skeleton-${i}`);

/** Placeholder rows of the clients table while the first page loads. */
export function ClientsTableSkeleton() {
  return (
    <TableFrame caption="Clients (loading)" busy>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col" className={headerCellClass}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {rows.map((row) => (
          <tr key={row}>
            {widths.map((width) => (
              <td key={width} className={cellClass}>
                <span
                  aria-hidden="true"
                  className={`block h-4 ${width} animate-pulse rounded bg-slate-200 motion-reduce:animate-none dark:bg-slate-700`}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
