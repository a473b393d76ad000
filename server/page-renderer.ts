import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The build's folder of server code (scripts/prerender-plugin.ts writes it; never served). */
export const RENDERER_DIR = "server";
/** The renderer's module in it: `${RENDERER_NAME}.js`, built from src/app/server-render.tsx. */
export const RENDERER_NAME = "server-render";

interface RenderRequest {
  apiBaseUrl: string;
  token: string;
  url: string;
  signal: AbortSignal;
  /** The browser's viewport height as it last told this server (server/session.ts), if it did. */
  viewportHeight?: number | undefined;
}

interface RenderedPage {
  /** What goes inside `#root`. */
  html: string;
  /** What goes after it (the API's answer the rows came from, for the app to take over). */
  data: string;
  /** The markup's styles, for a `<style>` element allowed by its nonce. */
  css: string;
}

/** Renders `/clients` with its first page (src/app/server-render.tsx), or `null` to send the shell. */
export type RenderClientsPage = (request: RenderRequest) => Promise<RenderedPage | null>;

function isRenderedPage(value: unknown): value is RenderedPage {
  if (typeof value !== "object" || value === null) return false;
  return (
    "html" in value &&
    typeof value.html === "string" &&
    "data" in value &&
    typeof value.data === "string" &&
    "css" in value &&
    typeof value.css === "string"
  );
}

/**
 * The renderer the build brought, checked (it is a file built apart from this server), or `null` for
 * a build without one: the server then sends every page as built. A build renders its own pages, so
 * markup and app always come from the same commit.
 */
export async function loadPageRenderer(distDir: string): Promise<RenderClientsPage | null> {
  const path = join(distDir, RENDERER_DIR, `${RENDERER_NAME}.js`);
  if (!existsSync(path)) return null;
  const module: unknown = await import(pathToFileURL(path).href);
  const render =
    typeof module === "object" && module !== null && "renderClientsPage" in module
      ? module.renderClientsPage
      : undefined;
  if (typeof render !== "function") throw new Error(`${path} does not export renderClientsPage()`);
  return async (request) => {
    const page: unknown = await render(request);
    if (page === null) return null;
    if (!isRenderedPage(page)) throw new Error(`${path}: renderClientsPage() returned no page`);
    return page;
  };
}

/** Where a page's HTML goes in the built `index.html`. */
export const ROOT_ELEMENT = '<div id="root"></div>';
