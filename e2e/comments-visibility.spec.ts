import { apiCreate, uniqueName } from "./client-forms-helpers.ts";
import { apiPostComment, tasksOf } from "./comments-api.ts";
import { HOSTILE_MARKUP_CSP_REPORTS, labClientId, openComments } from "./comments-helpers.ts";
import { expect, test } from "./fixtures.ts";

// The lab client holds the XSS corpus: its inert parse is reported under the CSP (see the helper).
test.use({ allowConsoleErrors: HOSTILE_MARKUP_CSP_REPORTS });

async function labTask() {
  const clientId = await labClientId();
  const [task] = await tasksOf(clientId);
  if (!task) throw new Error("the lab client has no task");
  return { clientId, taskId: task.id };
}

test("each visibility filter applies to replies too, and says when a thread's first comment is hidden", async ({
  page,
}) => {
  const { clientId, taskId } = await labTask();
  const stamp = Date.now();
  const root = await apiPostComment({
    task_id: taskId,
    comment: `<p>Public root ${stamp}</p>`,
    is_public: true,
  });
  for (const [text, isPublic] of [
    [`Internal reply ${stamp}`, false],
    [`Public reply ${stamp}`, true],
  ] as const) {
    await apiPostComment({
      task_id: taskId,
      comment: `<p>${text}</p>`,
      is_public: isPublic,
      parent_comment_id: root.id,
    });
  }
  const section = await openComments(page, clientId);
  const feed = section.getByRole("feed", { name: "Comment threads" });
  const show = section.getByRole("combobox", { name: "Show" });
  await expect(feed).toContainText(`Internal reply ${stamp}`);

  await show.selectOption({ label: "Public only" });
  await expect(feed).toContainText(`Public root ${stamp}`);
  await expect(feed).toContainText(`Public reply ${stamp}`);
  await expect(feed).not.toContainText(`Internal reply ${stamp}`);

  await show.selectOption({ label: "Internal only" });
  await expect(feed).toContainText(`Internal reply ${stamp}`);
  await expect(feed).not.toContainText(`Public root ${stamp}`);
  await expect(feed).not.toContainText(`Public reply ${stamp}`);
  const thread = feed.getByRole("article", {
    name: "Reply in a thread whose first comment is hidden by the filter",
  });
  await expect(thread.filter({ hasText: `Internal reply ${stamp}` })).toHaveCount(1);
});

test("a reply to an internal thread starts internal, focused; making it public asks first", async ({
  page,
}) => {
  const { clientId, taskId } = await labTask();
  const text = `Internal discussion ${Date.now()}`;
  const root = await apiPostComment({ task_id: taskId, comment: `<p>${text}</p>`, is_public: false });
  const author = `${root.author.first_name} ${root.author.last_name}`;
  const section = await openComments(page, clientId);
  // The accessible name is "Name, comment" (no stray space before the comma).
  const thread = section
    .getByRole("article", { name: `${author}, comment`, exact: true })
    .filter({ hasText: text });
  await expect(thread).toHaveCount(1);

  await thread.getByRole("button", { name: `Reply to ${author}` }).click();
  const reply = thread.getByRole("form", { name: `Reply to ${author}` });
  await expect(reply.getByRole("textbox", { name: "Your reply" })).toBeFocused();
  await expect(reply.getByRole("radio", { name: "Internal" })).toBeChecked();

  await reply.getByRole("radio", { name: "Public" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Make this reply public?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep internal" }).click();
  await expect(dialog).toBeHidden();
  await expect(reply.getByRole("radio", { name: "Internal" })).toBeChecked();

  await reply.getByRole("radio", { name: "Public" }).click();
  await page
    .getByRole("alertdialog", { name: "Make this reply public?" })
    .getByRole("button", { name: "Make reply public" })
    .click();
  await expect(reply.getByRole("radio", { name: "Public" })).toBeChecked();
});

test("comment filters live in the URL: reload and Back keep them", async ({ page }) => {
  const { clientId } = await labTask();
  const [first, second] = await tasksOf(clientId);
  if (!first || !second) throw new Error("the lab client needs two tasks");
  const section = await openComments(page, clientId);
  const task = section.getByRole("combobox", { name: "Task" }).last();
  const show = section.getByRole("combobox", { name: "Show" });
  await task.selectOption(first.id);
  await show.selectOption({ label: "Internal only" });
  await expect(page).toHaveURL(
    new RegExp(`commentTask=${first.id}.*commentShow=internal|commentShow=internal.*commentTask=${first.id}`),
  );
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Show" })).toHaveValue("internal");
  await expect(
    page.getByRole("region", { name: "Comments" }).getByRole("combobox", { name: "Task" }).last(),
  ).toHaveValue(first.id);
  await page.goBack();
  await expect(page.getByRole("combobox", { name: "Show" })).toHaveValue("all");
  await expect(
    page.getByRole("region", { name: "Comments" }).getByRole("combobox", { name: "Task" }).last(),
  ).toHaveValue(first.id);
});

test("a client with no tasks says there is nothing to comment on, and the composer is disabled", async ({
  page,
}) => {
  const client = await apiCreate({ name: uniqueName("No tasks") });
  await page.goto(`/clients/${client.id}`);
  const composer = page.getByRole("region", { name: "Comments" }).getByRole("form", { name: "New comment" });
  await expect(composer).toContainText("This client has no tasks yet, so there is nothing to comment on.");
  await expect(composer.getByRole("textbox", { name: "Comment" })).toBeDisabled();
  await expect(composer.getByRole("button", { name: "Post comment" })).toBeDisabled();
  await expect(composer.getByRole("combobox", { name: "Task" })).toHaveCount(0);
});
