import { XSS_CORPUS } from "../src/kanbert/xss-corpus.ts";
import { HOSTILE_MARKUP_CSP_REPORTS, labClientId } from "./comments-helpers.ts";
import { expect, test } from "./fixtures.ts";
import { allThreadIds, apiThreads, applyFilter, feed, openInbox } from "./inbox-helpers.ts";
import { expectNothingRan, hostileMarkup, recordDialogs } from "./xss-helpers.ts";

test.use({ allowConsoleErrors: HOSTILE_MARKUP_CSP_REPORTS });

test("the XSS corpus rendered in the inbox executes nothing", async ({ page }) => {
  const dialogs = recordDialogs(page);
  const scope = `task.client_id eq "${await labClientId()}"`;
  await openInbox(page);
  await applyFilter(page, scope);
  await expect(feed(page)).toBeVisible();
  const findings: string[] = [];
  const texts = new Set<string>();
  const ids = await allThreadIds(page, async () => {
    findings.push(...(await hostileMarkup(feed(page))));
    texts.add((await feed(page).textContent()) ?? "");
  });
  expect(ids.length).toBe((await apiThreads(scope)).length);
  expect(findings).toEqual([]);
  const all = [...texts].join("\n");
  // Collapsed replies are not rendered; every top-level payload and the first replies are.
  const shown = XSS_CORPUS.filter((payload) => all.includes(payload.text));
  expect(shown.length).toBeGreaterThan(XSS_CORPUS.length / 2);
  await expectNothingRan(page, dialogs);
});
