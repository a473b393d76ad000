import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import react from "@vitejs/plugin-react";
import { build, type Plugin, type Rollup } from "vite";
import { cspSafeAliases } from "./csp-safe-aliases.ts";

const ENTRY = "src/app/prerender.tsx";
const ROOT_ELEMENT = '<div id="root"></div>';

type RenderedPage = [path: string, html: string, routeModule: string];

/** The pages the prerender module renders, checked (it is a file built at run time). */
async function renderedPages(module: unknown): Promise<RenderedPage[]> {
  if (typeof module === "object" && module !== null && "prerenderPages" in module) {
    const render = module.prerenderPages;
    if (typeof render === "function") {
      const pages: unknown = await render();
      if (
        Array.isArray(pages) &&
        pages.every(
          (page): page is RenderedPage =>
            Array.isArray(page) && page.length === 3 && page.every((part) => typeof part === "string"),
        )
      )
        return pages;
    }
  }
  throw new Error(`${ENTRY} must export prerenderPages(): [path, html, routeModule][]`);
}

/**
 * The built files of `routeModule` and of every chunk it imports statically, as
 * `<link rel="modulepreload">` tags, leaving out those `index.html` loads already.
 */
function routePreloads(bundle: Rollup.OutputBundle, routeModule: string, index: string): string {
  const chunks = Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === "chunk");
  const route = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`/${routeModule}`));
  if (!route) throw new Error(`no chunk is built from ${routeModule}`);
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    for (const imported of bundle[fileName]?.type === "chunk" ? bundle[fileName].imports : [])
      visit(imported);
  };
  visit(route.fileName);
  return [...files]
    .filter((file) => !index.includes(`"/${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join("\n    ");
}

/**
 * Writes `<page>.html` beside `index.html` for each page src/app/prerender.tsx renders:
 * `index.html` with the page's shell rendered inside `#root` (a server build of that module, in
 * node_modules/.cache so that it resolves the project's packages) and its route's code preloaded
 * from the head (fetched while the entry loads, and the entry's own preload of it finds the links
 * there, so it adds none). The production server sends it for a navigation to the page, so the
 * shell paints before any script runs.
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
    async writeBundle(_options, bundle) {
      const serverDir = join(root, "node_modules/.cache/kanbert-prerender");
      await build({
        configFile: false,
        root,
        logLevel: "warn",
        resolve: { alias: cspSafeAliases },
        plugins: [react()],
        build: { ssr: ENTRY, outDir: serverDir, emptyOutDir: true, sourcemap: false },
      });
      try {
        const pages = await renderedPages(await import(pathToFileURL(join(serverDir, "prerender.js")).href));
        const index = readFileSync(join(outDir, "index.html"), "utf8");
        if (!index.includes(ROOT_ELEMENT)) throw new Error(`index.html has no empty ${ROOT_ELEMENT}`);
        for (const [path, shell, routeModule] of pages) {
          const html = index
            .replace("</head>", `  ${routePreloads(bundle, routeModule, index)}\n  </head>`)
            .replace(ROOT_ELEMENT, `<div id="root">${shell}</div>`);
          writeFileSync(join(outDir, `${path.slice(1)}.html`), html);
        }
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}
