import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPageRenderer } from "./page-renderer.ts";

let root: string;
let builds = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "page-renderer-"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A build folder of its own whose `server/server-render.js` is the given module. Node keeps an
 * imported module by its URL, so every module gets a folder no other test uses.
 */
function buildWith(renderer: string): string {
  builds += 1;
  const dist = join(root, `dist-${builds}`);
  mkdirSync(join(dist, "server"), { recursive: true });
  writeFileSync(join(dist, "server", "server-render.js"), renderer);
  return dist;
}

const REQUEST = {
  apiBaseUrl: "http://127.0.0.1:9/api/v1",
  token: "tok-1",
  url: "/clients?sort=-name",
  signal: new AbortController().signal,
};

describe("loadPageRenderer", () => {
  it("is null for a build without a renderer", async () => {
    const empty = join(root, "empty");
    mkdirSync(empty);
    expect(await loadPageRenderer(empty)).toBeNull();

    // Only server/server-render.js counts, not a file of that name elsewhere.
    const elsewhere = join(root, "elsewhere");
    mkdirSync(join(elsewhere, "server"), { recursive: true });
    writeFileSync(join(elsewhere, "server-render.js"), "export async function renderClientsPage() {}");
    writeFileSync(join(elsewhere, "server", "other.js"), "export async function renderClientsPage() {}");
    expect(await loadPageRenderer(elsewhere)).toBeNull();

    expect(await loadPageRenderer(join(root, "no-such-folder"))).toBeNull();
  });

  it("renders with the build's renderClientsPage, which gets the request as it is", async () => {
    const dist = buildWith(`
      export async function renderClientsPage(r) {
        return {
          html: "<p>" + r.token + "</p>",
          data: r.apiBaseUrl + " " + r.url,
          css: "aborted: " + r.signal.aborted,
        };
      }
    `);
    const render = await loadPageRenderer(dist);
    expect(render).not.toBeNull();
    expect(await render?.(REQUEST)).toEqual({
      html: "<p>tok-1</p>",
      data: "http://127.0.0.1:9/api/v1 /clients?sort=-name",
      css: "aborted: false",
    });
  });

  it("hands the very signal to the renderer", async () => {
    const dist = buildWith(`
      export async function renderClientsPage(r) {
        return { html: "", data: "", css: String(r.signal.reason) };
      }
    `);
    const controller = new AbortController();
    controller.abort("gave up");
    const render = await loadPageRenderer(dist);
    const page = await render?.({ ...REQUEST, signal: controller.signal });
    expect(page?.css).toBe("gave up");
  });

  it("is null when the renderer has no page", async () => {
    const dist = buildWith("export async function renderClientsPage() { return null; }");
    const render = await loadPageRenderer(dist);
    expect(render).not.toBeNull();
    expect(await render?.(REQUEST)).toBeNull();
  });

  it("rejects what the renderer returns when it is not a page", async () => {
    const answers = [
      "{ html: 1 }",
      '{ html: "<p>x</p>" }',
      '{ html: "<p>x</p>", data: 2, css: "" }',
      "undefined",
      '"<p>x</p>"',
    ];
    for (const answer of answers) {
      const render = await loadPageRenderer(
        buildWith(`export async function renderClientsPage() { return ${answer}; }`),
      );
      await expect(render?.(REQUEST), answer).rejects.toThrow("renderClientsPage");
    }
  });

  it("rejects a page whose styles are not a string", async () => {
    // The server puts them in the page's <style> element as they are.
    for (const answer of ['{ html: "<p>x</p>", data: "", css: 3 }', '{ html: "<p>x</p>", data: "" }']) {
      const render = await loadPageRenderer(
        buildWith(`export async function renderClientsPage() { return ${answer}; }`),
      );
      await expect(render?.(REQUEST), answer).rejects.toThrow("renderClientsPage");
    }
  });

  it("passes on the renderer's own failure", async () => {
    const dist = buildWith('export async function renderClientsPage() { throw new Error("API down"); }');
    const render = await loadPageRenderer(dist);
    await expect(render?.(REQUEST)).rejects.toThrow("API down");
  });

  it("refuses a renderer module without renderClientsPage", async () => {
    for (const module of [
      "export async function renderPage() { return null; }",
      "export const renderClientsPage = 1;",
      "export default async function renderClientsPage() { return null; }",
    ]) {
      await expect(loadPageRenderer(buildWith(module)), module).rejects.toThrow(
        "does not export renderClientsPage",
      );
    }
  });
});
