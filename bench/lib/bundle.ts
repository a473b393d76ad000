import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Gzip size of the entry script `dist/index.html` loads, and of the JS it preloads with it. */
export function entrySizes(distDir: string): {
  entryGzip: number;
  withPreloadsGzip: number;
  entryFile: string;
} {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (entry === undefined) throw new Error("no module entry script in index.html");
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? "");
  const gzip = (path: string) => gzipSync(readFileSync(join(distDir, path))).length;
  return {
    entryFile: entry,
    entryGzip: gzip(entry),
    withPreloadsGzip: [entry, ...preloads].reduce((sum, path) => sum + gzip(path), 0),
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
