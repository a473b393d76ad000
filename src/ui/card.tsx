import type { ReactNode } from "react";

export interface CardProps {
  /** The heading's id; the section is labelled by it, so screen readers name the region. */
  id: string;
  title: string;
  /** More padding and a gap under the heading (a page of a few large cards, like Settings). */
  roomy?: boolean;
  children: ReactNode;
}

/** A titled card: a `<section>` named by its `<h2>`. */
export function Card({ id, title, roomy = false, children }: CardProps) {
  return (
    <section
      aria-labelledby={id}
      className={`rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900 ${roomy ? "p-5 sm:p-6" : "px-5 py-4"}`}
    >
      <h2
        id={id}
        className={`${roomy ? "mb-4 " : ""}text-base font-semibold text-slate-900 dark:text-slate-100`}
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
