import { CommentPage } from "../../src/kanbert/comments.ts";
import { CommentData } from "../../src/kanbert/schemas.ts";
import { TaskPage } from "../../src/kanbert/tasks.ts";
import { WebhookPage } from "../../src/kanbert/webhooks.ts";
import { expect, test } from "../fixtures.ts";

// Kanbert = the emulator with --no-extensions; the app = the production server with the mirror.
const KANBERT = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 8792}/api/v1`;
const APP = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? 4180}/api/v1`;
const AUTH = { Authorization: "Bearer dev-token" };

test("the inbox through the mirror says since when comments have been received, and lists them", async ({
  page,
}) => {
  const tasks = await fetch(`${KANBERT}/tasks?page%5Bsize%5D=1&filter=client.id%20isnotnull`, {
    headers: AUTH,
  });
  const [task] = TaskPage.parse(await tasks.json()).data;
  if (!task) throw new Error("no seeded task with a client");
  await expect
    .poll(
      async () => {
        const hooks = await fetch(`${KANBERT}/webhooks?page%5Bsize%5D=100`, { headers: AUTH });
        return WebhookPage.parse(await hooks.json()).data.map((w) => w.project_id);
      },
      { timeout: 30_000 },
    )
    .toContain(task.project_id);

  // Posted to Kanbert itself; the inbox can only know it through the webhook.
  const text = `Inbox through the mirror ${Date.now()}`;
  const posted = await fetch(`${KANBERT}/tasks/comments`, {
    method: "POST",
    headers: { ...AUTH, "Content-Type": "application/json" },
    body: JSON.stringify({ task_id: task.id, comment: `<p>${text}</p>` }),
  });
  expect(posted.status).toBe(201);
  const comment = CommentData.parse(await posted.json());
  expect((await fetch(`${KANBERT}/tasks/comments`, { headers: AUTH })).status).toBe(404);

  const listing = await fetch(`${APP}/tasks/comments?page%5Bsize%5D=1`, { headers: AUTH });
  const since = CommentPage.parse(await listing.json()).meta.mirror_since;
  expect(since).toMatch(/^\d{4}-\d{2}-\d{2}T/);

  await page.goto("/comments");
  await expect(page.getByRole("heading", { name: "Comments", level: 1 })).toBeVisible();
  const note = page.getByText(/^Comments received since /);
  await expect(note).toBeVisible();
  await expect(note.locator("time")).toHaveAttribute("datetime", since ?? "");
  await expect(async () => {
    await page.reload();
    await expect(page.locator(`#comment-${comment.id}`)).toContainText(text, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
});
