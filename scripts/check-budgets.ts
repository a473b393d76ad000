import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { chunkNamed, entryChunk, gzipSize, kb, staticClosure } from "./bundle-sizes.ts";

/**
 * Performance budgets of the build, checked after `vite build` (`npm run build`, `npm run
 * test:e2e`): `node --import tsx scripts/check-budgets.ts [dist]` exits 1 when one is exceeded.
 * Sizes are gzip (level 9) of the JS that must arrive before the code runs.
 */
export const BUDGETS = {
  /**
   * The entry script and the chunks it imports statically: everything before the shell paints
   * (109.5 KB on 2026-11-28, without zod; React 19, TanStack Router and Query alone are ~102 KB).
   */
  entry: 111 * 1024,
  /**
   * What opening /clients adds: its route chunk and its static imports not already in the entry
   * (86.6 KB on 2026-11-28, zod's 28 KB included; Filter, Views, Columns, the bulk bar, its dialogs
   * and the export's work deferred; 90.0 KB once bulk's contact action, the one listbox and the
   * inbox's filters were merged: the bundler shares the users picker's chunk with the route).
   */
  clientsRoute: 91 * 1024,
} as const;

export interface BudgetResult {
  name: string;
  bytes: number;
  budget: number;
  files: string[];
}

function listJs(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listJs(path, root);
    return entry.name.endsWith(".js") ? [relative(root, path).split(sep).join("/")] : [];
  });
}

export function measureBudgets(distDir: string, budgets: typeof BUDGETS = BUDGETS): BudgetResult[] {
  const entry = staticClosure(distDir, entryChunk(distDir));
  const route = [...staticClosure(distDir, chunkNamed(distDir, listJs(distDir), "clients.lazy"))].filter(
    (file) => !entry.has(file),
  );
  return [
    {
      name: "entry JS (with its static imports)",
      bytes: gzipSize(distDir, entry),
      budget: budgets.entry,
      files: [...entry],
    },
    {
      name: "/clients route JS (beyond the entry)",
      bytes: gzipSize(distDir, route),
      budget: budgets.clientsRoute,
      files: route,
    },
  ];
}

/** Prints each budget and returns whether all hold. */
export function reportBudgets(results: readonly BudgetResult[], log: (line: string) => void): boolean {
  let ok = true;
  for (const { name, bytes, budget, files } of results) {
    const over = bytes > budget;
    ok &&= !over;
    log(
      `${over ? "OVER BUDGET" : "ok"}  ${name}: ${kb(bytes)} gzip (budget ${kb(budget)}; ${files.length} files)`,
    );
  }
  return ok;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dist = process.argv[2] ?? "dist";
  const ok = reportBudgets(measureBudgets(dist), console.log);
  if (!ok) {
    console.error(`performance budget exceeded in ${dist}: see scripts/check-budgets.ts`);
    process.exit(1);
  }
}
