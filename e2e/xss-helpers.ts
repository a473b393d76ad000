import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** Shared steps of the XSS specs: watch for dialogs, list what could run, check nothing ran. */

/** Every dialog (alert, confirm, prompt) the page opens, dismissed and recorded. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * What under `root` could run script: `on…` handler attributes, `javascript:`/`data:`/`vbscript:`
 * URLs, script-capable or foreign elements (and `also`), and — with `links` — any link without
 * `rel="noopener noreferrer"` or with an href other than http(s) or mailto.
 */
export function hostileMarkup(root: Locator, options: { also?: string; links?: boolean } = {}) {
  return root.evaluate(
    (element, { also, links }) => {
      const found: string[] = [];
      for (const node of Array.from(element.querySelectorAll("*"))) {
        for (const attribute of Array.from(node.attributes)) {
          if (/^on/i.test(attribute.name)) found.push(`${node.localName}[${attribute.name}]`);
          if (/^\s*(javascript|data|vbscript):/i.test(attribute.value))
            found.push(`${node.localName}[${attribute.name}=${attribute.value}]`);
        }
      }
      const selector = "script, iframe, svg, math, style, object, embed, img, base, meta, link";
      for (const node of Array.from(element.querySelectorAll(also ? `${selector}, ${also}` : selector)))
        found.push(`<${node.localName}>`);
      if (links)
        for (const link of Array.from(element.querySelectorAll("a"))) {
          if (link.getAttribute("rel") !== "noopener noreferrer")
            found.push(`a without rel: ${link.outerHTML}`);
          if (!/^(https?:|mailto:)/.test(link.getAttribute("href") ?? ""))
            found.push(`a with href ${link.getAttribute("href")}`);
        }
      return found;
    },
    { also: options.also, links: options.links ?? false },
  );
}

/** Nothing ran: the title is untouched and no dialog opened, even once late handlers had time to fire. */
export async function expectNothingRan(page: Page, dialogs: readonly string[]): Promise<void> {
  expect(await page.evaluate(() => document.title)).not.toMatch(/xss/i);
  await page.waitForTimeout(500); // late handlers (onload, autofocus, animations) would fire by now
  expect(dialogs).toEqual([]);
}
