import type { Ref } from "react";
import { cn } from "../../../lib/cn.ts";
import { splitAt, type TextProblem } from "./analyse.ts";

/** A copy of the text behind the textarea, transparent but for a wavy mark under the problem. */
export function TextMirror({
  ref,
  className,
  text,
  problem,
}: {
  ref: Ref<HTMLDivElement>;
  className: string;
  text: string;
  problem: TextProblem | undefined;
}) {
  const parts = problem ? splitAt(text, problem) : undefined;
  return (
    <div
      ref={ref}
      aria-hidden="true"
      className={cn(className, "pointer-events-none absolute inset-0 overflow-hidden text-transparent")}
    >
      {parts ? (
        <>
          {parts.before}
          <mark className="rounded-sm bg-red-100 text-transparent underline decoration-red-600 decoration-wavy decoration-2 underline-offset-4 dark:bg-red-950">
            {parts.marked}
          </mark>
          {parts.after}
        </>
      ) : (
        text
      )}
      {"\u200b"}
    </div>
  );
}

/** What is wrong, where, and what would fit there. */
export function ProblemText({
  id,
  text,
  problem,
  count,
}: {
  id: string;
  text: string;
  problem: TextProblem | undefined;
  count: number;
}) {
  if (!problem)
    return (
      <p id={id} role="status" className="text-xs text-emerald-700 dark:text-emerald-400">
        The filter is valid.
      </p>
    );
  return (
    <div
      id={id}
      role="status"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
    >
      <p>
        <span className="font-medium">
          {problem.length > 0
            ? `“${text.slice(problem.offset, problem.offset + problem.length)}” at character ${problem.offset + 1}:`
            : `At character ${problem.offset + 1}:`}
        </span>{" "}
        {problem.message}
        {count > 1 && <span> (and {count - 1} more)</span>}
      </p>
      {problem.expected && problem.expected.length > 0 && (
        <p className="mt-0.5 text-red-700 dark:text-red-300">Expected {problem.expected.join(", ")}.</p>
      )}
    </div>
  );
}
