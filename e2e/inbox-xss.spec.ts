import { XSS_CORPUS } from "../src/kanbert/xss-corpus.ts";
import { HOSTILE_MARKUP_CSP_REPORTS, labClientId } from "./comments-helpers.ts";
import { expect, test } from "./fixtures.ts";
import { allThreadIds, apiThreads, applyFilter, feed, openInbox } from "./inbox-helpers.ts";

test.use({ allowConsoleErrors: HOSTILE_MARKUP_CSP_REPORTS });

test("the XSS corpus rendered in the inbox executes nothing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const scope = `task.client_id eq "${await labClientId()}"`;
  await openInbox(page);
  await applyFilter(page, scope);
  await expect(feed(page)).toBeVisible();
  const findings: string[] = [];
  const texts = new Set<string>();
  const ids = await allThreadIds(page, async () => {
    const step = await feed(page).evaluate((root) => {
      const found: string[] = [];
      for (const element of Array.from(root.querySelectorAll("*"))) {
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name)) found.push(`${element.localName}[${attribute.name}]`);
          if (/^\s*(javascript|data|vbscript):/i.test(attribute.value))
            found.push(`${element.localName}[${attribute.name}=${attribute.value}]`);
        }
      }
      for (const element of Array.from(
        root.querySelectorAll("script, iframe, svg, math, style, object, embed, img, base, meta, link"),
      ))
        found.push(`<${element.localName}>`);
      return { found, text: root.textContent ?? "" };
    });
    findings.push(...step.found);
    texts.add(step.text);
  });
  expect(ids.length).toBe((await apiThreads(scope)).length);
  expect(findings).toEqual([]);
  const all = [...texts].join("\n");
  // Collapsed replies are not rendered; every top-level payload and the first replies are.
  const shown = XSS_CORPUS.filter((payload) => all.includes(payload.text));
  expect(shown.length).toBeGreaterThan(XSS_CORPUS.length / 2);
  expect(await page.evaluate(() => document.title)).not.toMatch(/xss/i);
  await page.waitForTimeout(500); // late handlers (onload, autofocus, animations) would fire by now
  expect(dialogs).toEqual([]);
});
