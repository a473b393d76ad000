import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import react from "@vitejs/plugin-react";
import { build, type Plugin } from "vite";
import { RENDERER_DIR, RENDERER_NAME, ROOT_ELEMENT } from "../server/page-renderer.ts";
import { cspSafeAliases } from "./csp-safe-aliases.ts";

const ENTRY = "src/app/prerender.tsx";
/** The server's renderer of pages with data (server/page-renderer.ts loads it from the build). */
const RENDERER_ENTRY = "src/app/server-render.tsx";

/** The pages the prerender module renders, checked (it is a file built at run time). */
async function renderedPages(module: unknown): Promise<[string, string][]> {
  if (typeof module === "object" && module !== null && "prerenderPages" in module) {
    const render = module.prerenderPages;
    if (typeof render === "function") {
      const pages: unknown = await render();
      if (
        Array.isArray(pages) &&
        pages.every(
          (page): page is [string, string] =>
            Array.isArray(page) && typeof page[0] === "string" && typeof page[1] === "string",
        )
      )
        return pages;
    }
  }
  throw new Error(`${ENTRY} must export prerenderPages(): [path, html][]`);
}

/**
 * Writes `<page>.html` beside `index.html` for each page src/app/prerender.tsx renders:
 * `index.html` with the page's shell rendered inside `#root`. The production server sends it for a
 * navigation to the page, so the shell paints before any script runs.
 *
 * Both come from one server build, self-contained (packages bundled in), written to the build's
 * `server/` folder: the prerender module runs once here and is removed; the renderer of pages with
 * data (src/app/server-render.tsx) stays, for the production server, which never serves that folder.
 */
export function prerender(): Plugin {
  let outDir = "dist";
  let root = process.cwd();
  return {
    name: "kanbert:prerender",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      root = config.root;
    },
    async writeBundle() {
      const serverDir = join(outDir, RENDERER_DIR);
      await build({
        configFile: false,
        root,
        logLevel: "warn",
        publicDir: false,
        resolve: { alias: cspSafeAliases },
        plugins: [react()],
        ssr: { noExternal: true },
        build: {
          ssr: true,
          outDir: serverDir,
          emptyOutDir: true,
          sourcemap: false,
          rolldownOptions: { input: { prerender: ENTRY, [RENDERER_NAME]: RENDERER_ENTRY } },
        },
      });
      try {
        const pages = await renderedPages(await import(pathToFileURL(join(serverDir, "prerender.js")).href));
        const index = readFileSync(join(outDir, "index.html"), "utf8");
        if (!index.includes(ROOT_ELEMENT)) throw new Error(`index.html has no empty ${ROOT_ELEMENT}`);
        for (const [path, shell] of pages) {
          const html = index.replace(ROOT_ELEMENT, () => `<div id="root">${shell}</div>`);
          writeFileSync(join(outDir, `${path.slice(1)}.html`), html);
        }
      } finally {
        rmSync(join(serverDir, "prerender.js"), { force: true });
      }
    },
  };
}
