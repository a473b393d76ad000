import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { RENDERER_DIR } from "../server/page-renderer.ts";
import { chunkNamed, entryChunk, gzipSize, kb, staticClosure } from "./bundle-sizes.ts";

/**
 * Performance budgets of the build, checked after `vite build` (`npm run build`, `npm run
 * test:e2e`): `node --import tsx scripts/check-budgets.ts [dist]` exits 1 when one is exceeded.
 * Sizes are gzip (level 9) of the JS that must arrive before the code runs.
 */
export const BUDGETS = {
  /**
   * The entry script and the chunks it imports statically: what runs before the first page's GET
   * and the page's code are asked for (4.2 KB on 2026-11-29; the ceiling is 70 KB).
   */
  entry: 8 * 1024,
  /**
   * The app the entry loads at once (`start.tsx`'s chunk) and its static imports beyond the entry:
   * React 19, TanStack Router and Query, the layout (107.7 KB on 2026-11-29; the entry held all of
   * this until then, 109.5 KB with its static imports on 2026-11-28).
   */
  app: 111 * 1024,
  /**
   * What opening /clients adds: its route chunk and its static imports not already in the entry
   * or the app (86.6 KB on 2026-11-28, zod's 28 KB included; Filter, Views, Columns, the bulk bar,
   * its dialogs and the export's work deferred; 90.0 KB once bulk's contact action, the one
   * listbox and the inbox's filters were merged: the bundler shares the users picker's chunk with
   * the route; 90.2 KB beyond the entry and the app on 2026-11-29).
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
  // Only what browsers load: the build's server code (the page renderer) has chunks of the same names.
  const files = listJs(distDir).filter((file) => !file.startsWith(`${RENDERER_DIR}/`));
  const entry = staticClosure(distDir, entryChunk(distDir));
  const app = [...staticClosure(distDir, chunkNamed(distDir, files, "start"))].filter(
    (file) => !entry.has(file),
  );
  const route = [...staticClosure(distDir, chunkNamed(distDir, files, "clients.lazy"))].filter(
    (file) => !entry.has(file) && !app.includes(file),
  );
  return [
    {
      name: "entry JS (with its static imports)",
      bytes: gzipSize(distDir, entry),
      budget: budgets.entry,
      files: [...entry],
    },
    {
      name: "app JS (beyond the entry)",
      bytes: gzipSize(distDir, app),
      budget: budgets.app,
      files: app,
    },
    {
      name: "/clients route JS (beyond the entry and the app)",
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
