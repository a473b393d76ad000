import { readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Sizes of a built app's JavaScript as the browser fetches it: a chunk together with every chunk it
 * imports statically (what must arrive before it runs), gzip level 9 as the build precompresses.
 * Read from the files themselves: `index.html`'s module script, and `import … from "./x.js"`.
 */

/** The entry script `index.html` loads, as a path under `distDir` (e.g. `assets/index-abc.js`). */
export function entryChunk(distDir: string): string {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const src = /<script type="module"[^>]*src="\/?([^"]+)"/.exec(html)?.[1];
  if (src === undefined) throw new Error(`no module entry script in ${join(distDir, "index.html")}`);
  return src;
}

/** The chunk whose file name starts with `prefix-` (Vite adds `-<hash>.js`), e.g. `clients.lazy`. */
export function chunkNamed(distDir: string, files: readonly string[], prefix: string): string {
  const found = files.filter((file) => posix.basename(file).startsWith(`${prefix}-`) && file.endsWith(".js"));
  if (found.length !== 1)
    throw new Error(`expected one chunk named ${prefix}-*.js in ${distDir}, found ${found.length}`);
  return found[0] ?? "";
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$\s{},*]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** `file` and every chunk it imports statically, transitively (dynamic `import()` left out). */
export function staticClosure(distDir: string, file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(distDir, path), "utf8");
    for (const match of code.matchAll(STATIC_IMPORT)) {
      visit(posix.join(dirname(path), match[1] ?? ""));
    }
  };
  visit(file);
  return seen;
}

export function gzipSize(distDir: string, files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  return total;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
