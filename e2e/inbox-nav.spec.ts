import { apiPostComment } from "./comments-api.ts";
import { expect, test } from "./fixtures.ts";
import { feed, me, openInbox, quietTask } from "./inbox-helpers.ts";

/** The inbox in the app's shell: unknown addresses under /comments, the navigation's count (issue 16). */

test("/comments with an unknown thread or path gives the app's 404 page", async ({ page }) => {
  for (const path of ["/comments/no-such-thread", "/comments/3f0c6a1e-0000-4000-8000-000000000000/replies"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByText("404", { exact: true })).toBeVisible();
    await expect(page.getByRole("feed", { name: "Comment threads" })).toHaveCount(0);
    await expect(page).toHaveTitle(/Page not found/);
  }
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /^Comments/ })
    .click();
  await expect(page.getByRole("heading", { name: "Comments", level: 1 })).toBeVisible();
});

test("the navigation counts unread threads that mention me, and follows marking them read", async ({
  page,
}) => {
  const user = await me();
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Comments/ });
  await openInbox(page);
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(link).toHaveAccessibleName("Comments");

  await page.waitForTimeout(1100); // the API's times have whole seconds
  const { taskId } = await quietTask(25);
  const stamp = Date.now();
  const first = await apiPostComment({
    task_id: taskId,
    comment: `<p><mention data-id="${user.id}" /> first ${stamp}</p>`,
  });
  const root = await apiPostComment({ task_id: taskId, comment: `<p>No mention here ${stamp}</p>` });
  await apiPostComment({
    task_id: taskId,
    parent_comment_id: root.id,
    comment: `<p>A reply for <mention data-id="${user.id}" /> ${stamp}</p>`,
  });
  await apiPostComment({ task_id: taskId, comment: `<p>Nobody mentioned ${stamp}</p>` });

  await page.reload();
  await expect(link).toHaveAccessibleName(/^Comments\s*,\s*2 unread mentions$/);
  const thread = feed(page)
    .locator(":scope > div > article")
    .filter({ has: page.locator(`#comment-${first.id}`) });
  await thread.getByRole("button", { name: "Mark read" }).click();
  await expect(link).toHaveAccessibleName(/^Comments\s*,\s*1 unread mention$/);
  await page.reload();
  await expect(link).toHaveAccessibleName(/^Comments\s*,\s*1 unread mention$/);
});
