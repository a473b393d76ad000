import { apiPostComment } from "./comments-api.ts";
import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import {
  allThreadIds,
  apiThreads,
  applyFilter,
  feed,
  me,
  openFilterPanel,
  openInbox,
  quietTask,
  renderedThreadIds,
} from "./inbox-helpers.ts";

/** The comments inbox (`/comments`), issue 16. */

const mentionsOf = (html: string | null) =>
  [...(html ?? "").matchAll(/<mention\s[^>]*data-id\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map(
    (m) => m[1] ?? m[2],
  );

test("Mentions me shows exactly the threads whose comment or a reply mentions the current user", async ({
  page,
}) => {
  const user = await me();
  const { taskId, clientId } = await quietTask(3);
  const stamp = Date.now();
  const root = await apiPostComment({ task_id: taskId, comment: `<p>Root ${stamp}</p>` });
  await apiPostComment({
    task_id: taskId,
    parent_comment_id: root.id,
    comment: `<p><mention data-id="${user.id}" /> look ${stamp}</p>`,
  });
  const other = await apiPostComment({
    task_id: taskId,
    comment: `<p>Not for you ${stamp} <mention data-id="someone-else" /></p>`,
  });
  // The reference: every thread of the client read from the API, mentions found in its HTML here.
  const scope = `task.client_id eq "${clientId}"`;
  const expected = (await apiThreads(scope))
    .filter((t) => [t, ...t.sub_comments].some((c) => mentionsOf(c.comment).includes(user.id)))
    .map((t) => t.id);
  expect(expected).toContain(root.id);
  expect(expected).not.toContain(other.id);

  await openInbox(page);
  await applyFilter(page, scope);
  await page.getByRole("checkbox", { name: "Mentions me" }).check();
  await expect(page).toHaveURL(/mentions=true/);
  await expect(feed(page).locator(`#comment-${root.id}`)).toBeVisible();
  expect((await allThreadIds(page)).sort()).toEqual([...expected].sort());
});

test("Last 7 days + Internal only as quick filters equals the same filter typed as text", async ({
  page,
}) => {
  const { taskId } = await quietTask(9);
  for (const isPublic of [false, true, false])
    await apiPostComment({ task_id: taskId, comment: `<p>Recent ${Date.now()}</p>`, is_public: isPublic });
  await openInbox(page);
  await page.getByRole("checkbox", { name: "Last 7 days" }).check();
  await page.getByRole("checkbox", { name: "Internal only" }).check();
  await expect(page).toHaveURL(/last7=true/);
  await expect(feed(page)).toHaveAttribute("aria-busy", "false");
  const quick = await renderedThreadIds(page);
  expect(quick.length).toBeGreaterThanOrEqual(2);

  await openInbox(page);
  await applyFilter(page, "created_at gte today-7d and is_public eq false");
  await expect(page.getByRole("checkbox", { name: "Internal only" })).not.toBeChecked();
  await expect(feed(page)).toHaveAttribute("aria-busy", "false");
  expect(await renderedThreadIds(page)).toEqual(quick);
});

test("a bad filter in the text editor is explained and the text kept", async ({ page }) => {
  await openInbox(page);
  const panel = await openFilterPanel(page);
  await panel.getByRole("tab", { name: "Text" }).click();
  const box = panel.getByLabel("Filter text");
  await box.fill("body contains 'x'");
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toHaveAccessibleDescription(/unknown field 'body'/);
  await expect(panel.getByRole("button", { name: "Apply" })).toHaveAttribute("aria-disabled", "true");
  await expect(box).toHaveValue("body contains 'x'");
  await expect(feed(page)).toBeVisible();
});

test("a bad filter in a link is explained and left out; the rest of the link applies", async ({ page }) => {
  await openInbox(page, `?visibility=internal&filter=${encodeURIComponent("body contains 'x'")}`);
  await expect(page.getByRole("alert")).toContainText("The filter in this link is not valid");
  await expect(page.getByRole("checkbox", { name: "Internal only" })).toBeChecked();
  await expect(feed(page)).toBeVisible();
});

test("a reply from the inbox is on the client's page after reload", async ({ page }) => {
  const { taskId, clientId } = await quietTask(5);
  const stamp = Date.now();
  const root = await apiPostComment({ task_id: taskId, comment: `<p>Ask ${stamp}</p>` });
  await openInbox(page);
  const thread = feed(page)
    .locator(":scope > div > article")
    .filter({ has: page.locator(`#comment-${root.id}`) });
  await thread.getByRole("button", { name: /^Reply to/ }).click();
  await thread.getByRole("textbox", { name: "Your reply" }).fill(`Answer from the inbox ${stamp}`);
  await thread.getByRole("button", { name: "Post reply" }).click();
  await expect(thread).toContainText(`Answer from the inbox ${stamp}`);
  await page.goto(`/clients/${clientId}`);
  await page.reload();
  await expect(page.getByRole("region", { name: "Comments" })).toContainText(
    `Answer from the inbox ${stamp}`,
  );
});

test("unread: a reply posted through the API makes its thread unread; mark read survives reload", async ({
  page,
}) => {
  const { taskId } = await quietTask(7);
  const root = await apiPostComment({ task_id: taskId, comment: `<p>Thread ${Date.now()}</p>` });
  await openInbox(page);
  await page.getByRole("button", { name: "Mark all as read" }).click();
  const thread = () =>
    feed(page)
      .locator(":scope > div > article")
      .filter({ has: page.locator(`#comment-${root.id}`) });
  await expect(thread()).toHaveAccessibleName(/^thread 1 /);
  await page.waitForTimeout(1100); // the API's times have whole seconds
  await apiPostComment({ task_id: taskId, parent_comment_id: root.id, comment: "<p>new reply</p>" });
  await page.reload();
  await page.getByRole("combobox", { name: "Sort" }).selectOption({ label: "Last activity" });
  await expect(thread()).toHaveAccessibleName(/^New: thread 1 /);
  await thread().getByRole("button", { name: "Mark read" }).click();
  await expect(thread()).toHaveAccessibleName(/^thread 1 /);
  await page.reload();
  await expect(thread()).toHaveAccessibleName(/^thread 1 /);
  await expect(thread().getByRole("button", { name: "Mark unread" })).toBeVisible();
});

test("keyboard-only review of three threads", async ({ page }) => {
  await openInbox(page);
  await expect(feed(page)).toHaveAttribute("aria-busy", "false");
  const rows = feed(page).locator(":scope > div > article");
  await page.keyboard.press("j");
  await expect(rows.nth(0)).toBeFocused();
  await expect(rows.nth(0)).toHaveAccessibleName(/^New: thread 1 /);
  await page.keyboard.press("u");
  await expect(rows.nth(0)).toHaveAccessibleName(/^thread 1 /);
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press("u");
  await expect(rows.nth(1)).toHaveAccessibleName(/^thread 2 /);
  await page.keyboard.press("j");
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press("r");
  const reply = rows.nth(2).getByRole("textbox", { name: "Your reply" });
  await expect(reply).toBeFocused();
  await page.keyboard.type("jk u?"); // typed into the box, no shortcut fires
  await expect(reply).toHaveValue("jk u?");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await reply.press("Shift+Tab");
  await page.keyboard.press("Escape");
  await rows.nth(2).focus();
  await page.keyboard.press("k");
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await rows.nth(1).focus();
  await page.keyboard.press("o");
  await expect(page).toHaveURL(/\/clients\/[^/]+$/);
});

test("axe finds no violations on the inbox", async ({ page }) => {
  await openInbox(page);
  await expect(feed(page)).toHaveAttribute("aria-busy", "false");
  await expectNoAxeViolations(page);
});

test("replies are collapsed after the first two with Show N more", async ({ page }) => {
  const { taskId } = await quietTask(11);
  const root = await apiPostComment({ task_id: taskId, comment: `<p>Many replies ${Date.now()}</p>` });
  for (const n of [1, 2, 3, 4])
    await apiPostComment({
      task_id: taskId,
      parent_comment_id: root.id,
      comment: `<p>Reply number ${n}</p>`,
    });
  await openInbox(page);
  const thread = feed(page)
    .locator(":scope > div > article")
    .filter({ has: page.locator(`#comment-${root.id}`) });
  const replies = thread.getByRole("list", { name: /^Replies to/ }).getByRole("listitem");
  await expect(replies).toHaveCount(2);
  await expect(thread).toContainText("Reply number 2");
  await expect(thread).not.toContainText("Reply number 3");
  await thread.getByRole("button", { name: "Show 2 more" }).click();
  await expect(replies).toHaveCount(4);
  await expect(thread).toContainText("Reply number 4");
});
