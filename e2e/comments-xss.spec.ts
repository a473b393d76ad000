import { XSS_CORPUS } from "../src/kanbert/xss-corpus.ts";
import { HOSTILE_MARKUP_CSP_REPORTS, labClientId, loadAll, openComments } from "./comments-helpers.ts";
import { expect, test } from "./fixtures.ts";
import { expectNothingRan, hostileMarkup, recordDialogs } from "./xss-helpers.ts";

test.use({ allowConsoleErrors: HOSTILE_MARKUP_CSP_REPORTS });

test("hostile comments render as harmless, readable text", async ({ page }) => {
  const dialogs = recordDialogs(page);
  const section = await openComments(page, await labClientId());
  await loadAll(page);
  await expect(page.getByRole("button", { name: "Load more comments" })).toHaveCount(0);

  for (const payload of XSS_CORPUS) await expect(section).toContainText(payload.text);

  expect(await hostileMarkup(section, { also: "[role=feed] form", links: true })).toEqual([]);
  await expectNothingRan(page, dialogs);
});
