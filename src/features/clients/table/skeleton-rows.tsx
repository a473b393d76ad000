import { ROW_HEIGHT } from "./geometry.ts";

const rows = Array.from({ length: 10 }, (_, i) => i);
const widths = ["w-3/4", "w-1/2", "w-2/3", "w-5/6"];

/** Placeholder rows while the first page loads (hidden from assistive tech; the table is aria-busy). */
export function SkeletonRows({ columns }: { columns: readonly string[] }) {
  return (
    <tbody aria-hidden="true">
      {rows.map((row) => (
        <tr
          key={row}
          className="border-b border-slate-100 dark:border-slate-800"
          style={{ height: ROW_HEIGHT }}
        >
          {columns.map((column, i) => (
            <td key={column} className="px-3">
              <span
                className={`block h-3.5 ${widths[(row + i) % widths.length]} animate-pulse rounded bg-slate-200 motion-reduce:animate-none dark:bg-slate-700`}
              />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
