import { entryChunk, gzipSize, staticClosure } from "../../scripts/bundle-sizes.ts";

export { kb } from "../../scripts/bundle-sizes.ts";

/** Gzip size of the entry script `dist/index.html` loads, and of it with the chunks it imports statically. */
export function entrySizes(distDir: string): {
  entryGzip: number;
  withPreloadsGzip: number;
  entryFile: string;
} {
  const entryFile = entryChunk(distDir);
  return {
    entryFile,
    entryGzip: gzipSize(distDir, [entryFile]),
    withPreloadsGzip: gzipSize(distDir, staticClosure(distDir, entryFile)),
  };
}
