import { XSS_CORPUS } from "../src/kanbert/xss-corpus.ts";
import { HOSTILE_MARKUP_CSP_REPORTS, labClientId, loadAll, openComments } from "./comments-helpers.ts";
import { expect, test } from "./fixtures.ts";

test.use({ allowConsoleErrors: HOSTILE_MARKUP_CSP_REPORTS });

test("hostile comments render as harmless, readable text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const section = await openComments(page, await labClientId());
  await loadAll(page);
  await expect(page.getByRole("button", { name: "Load more comments" })).toHaveCount(0);

  for (const payload of XSS_CORPUS) await expect(section).toContainText(payload.text);

  const findings = await section.evaluate((root) => {
    const found: string[] = [];
    for (const element of Array.from(root.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`${element.localName}[${attribute.name}]`);
        if (/^\s*(javascript|data|vbscript):/i.test(attribute.value))
          found.push(`${element.localName}[${attribute.name}=${attribute.value}]`);
      }
    }
    for (const element of Array.from(
      root.querySelectorAll(
        "script, iframe, svg, math, style, object, embed, img, base, meta, link, [role=feed] form",
      ),
    ))
      found.push(`<${element.localName}>`);
    for (const link of Array.from(root.querySelectorAll("a"))) {
      if (link.getAttribute("rel") !== "noopener noreferrer") found.push(`a without rel: ${link.outerHTML}`);
      if (!/^(https?:|mailto:)/.test(link.getAttribute("href") ?? ""))
        found.push(`a with href ${link.getAttribute("href")}`);
    }
    return found;
  });
  expect(findings).toEqual([]);
  expect(await page.evaluate(() => document.title)).not.toMatch(/xss/i);
  await page.waitForTimeout(500); // late handlers (onload, autofocus, animations) would fire by now
  expect(dialogs).toEqual([]);
});
