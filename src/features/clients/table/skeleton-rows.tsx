import { ROW_HEIGHT } from "./geometry.ts";

const ROWS = 10;
/** Bar widths of odd and even rows, by column (Tailwind finds these whole class names here). */
const widths = [
  "[--odd:75%] [--even:50%]",
  "[--odd:50%] [--even:66%]",
  "[--odd:66%] [--even:83%]",
  "[--odd:83%] [--even:75%]",
];

/**
 * Placeholder rows while the first page loads (hidden from assistive tech; the table is aria-busy).
 * One row of cells whose backgrounds draw ten rows of bars (the `skeleton-bars` class in
 * index.css), with one pulse for all of them: the first page then replaces a dozen nodes and one
 * animation, not 100 of each. Removing rendered nodes costs per node, and most under Lighthouse,
 * whose trace records a stack for each one.
 */
export function SkeletonRows({ columns }: { columns: readonly string[] }) {
  return (
    <tbody aria-hidden="true" className="animate-pulse motion-reduce:animate-none">
      <tr style={{ height: ROW_HEIGHT * ROWS }}>
        {columns.map((column, i) => (
          <td
            key={column}
            className={`skeleton-bars px-3 ${widths[i % widths.length]} [--bar:var(--color-slate-200)] dark:[--bar:var(--color-slate-700)]`}
          />
        ))}
      </tr>
    </tbody>
  );
}
