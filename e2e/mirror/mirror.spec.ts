import { type $ZodType, type output, parse } from "zod/v4/core";
import { CommentPage } from "../../src/kanbert/comments.ts";
import { TaskPage } from "../../src/kanbert/tasks.ts";
import { WebhookPage } from "../../src/kanbert/webhooks.ts";
import { expect, test } from "../fixtures.ts";

// Kanbert = the emulator with --no-extensions; the app = the production server with the mirror.
const KANBERT = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 8792}`;
const APP = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? 4180}`;
const AUTH = { Authorization: "Bearer dev-token" };

async function kanbert<S extends $ZodType>(path: string, schema: S): Promise<output<S>> {
  const response = await fetch(`${KANBERT}/api/v1${path}`, { headers: AUTH });
  if (!response.ok) throw new Error(`${path} → ${response.status}`);
  return parse(schema, await response.json());
}

/** What the mirror holds for a client (the listing the dashboard reads, through the server). */
async function mirrored(clientId: string) {
  const filter = encodeURIComponent(`task.client_id eq "${clientId}"`);
  const response = await fetch(`${APP}/api/v1/tasks/comments?filter=${filter}&page%5Bsize%5D=50`, {
    headers: AUTH,
  });
  expect(response.status).toBe(200);
  return CommentPage.parse(await response.json()).data;
}

const backstage = (method: "PATCH" | "DELETE", id: string, body?: unknown) =>
  fetch(`${KANBERT}/_emulator/comments/${id}`, {
    method,
    headers: { ...AUTH, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

test("comments flow from Kanbert's webhooks through the mirror to the dashboard", async ({ page }) => {
  // The task's client, and the server's own subscription to that task's project.
  const [task] = (await kanbert("/tasks?page%5Bsize%5D=1&filter=client.id%20isnotnull", TaskPage)).data;
  if (!task?.client_id) throw new Error("no seeded task with a client");
  const clientId = task.client_id;
  await expect
    .poll(
      async () => (await kanbert("/webhooks?page%5Bsize%5D=100", WebhookPage)).data.map((w) => w.project_id),
      {
        timeout: 30_000,
      },
    )
    .toContain(task.project_id);

  // Kanbert itself cannot list comments: whatever the dashboard shows comes from the mirror.
  expect((await fetch(`${KANBERT}/api/v1/tasks/comments`, { headers: AUTH })).status).toBe(404);

  await page.goto(`/clients/${clientId}`);
  const section = page.getByRole("region", { name: "Comments" });
  await expect(section.getByText(/^Comments received since /)).toBeVisible();

  // Posted from the dashboard through Kanbert's POST; it comes back by webhook.
  const text = `Mirrored ${Date.now()}`;
  const composer = section.getByRole("form", { name: "New comment" });
  await composer.getByRole("textbox", { name: "Comment" }).fill(text);
  await composer.getByRole("button", { name: "Post comment" }).click();
  await expect.poll(async () => (await mirrored(clientId)).map((c) => c.comment)).toContain(`<p>${text}</p>`);
  const stored = (await mirrored(clientId)).find((c) => c.comment?.includes(text));
  if (!stored) throw new Error("not mirrored");
  await page.reload();
  const thread = page
    .getByRole("feed", { name: "Comment threads" })
    .getByRole("article")
    .filter({ hasText: text });
  await expect(thread).toBeVisible();

  // A reply from the dashboard joins its thread.
  const reply = `Reply ${Date.now()}`;
  await thread
    .getByRole("button", { name: /^Reply to / })
    .first()
    .click();
  await thread.getByRole("textbox", { name: "Your reply" }).fill(reply);
  await thread.getByRole("button", { name: "Post reply" }).click();
  await expect
    .poll(async () =>
      (await mirrored(clientId)).find((c) => c.id === stored.id)?.sub_comments.map((r) => r.comment),
    )
    .toEqual([`<p>${reply}</p>`]);
  await page.reload();
  await expect(
    page
      .getByRole("feed")
      .getByRole("article")
      .filter({ hasText: text })
      .getByRole("list", { name: /^Replies to / }),
  ).toContainText(reply);

  // Edited in Kanbert: the update arrives.
  expect((await backstage("PATCH", stored.id, { comment: `<p>${text} (edited)</p>` })).status).toBe(200);
  await expect
    .poll(async () => (await mirrored(clientId)).find((c) => c.id === stored.id)?.comment)
    .toBe(`<p>${text} (edited)</p>`);
  await page.reload();
  await expect(page.getByRole("feed").getByText(`${text} (edited)`)).toBeVisible();

  // Deleted in Kanbert: the delete arrives, the thread is gone.
  expect((await backstage("DELETE", stored.id)).status).toBe(204);
  await expect.poll(async () => (await mirrored(clientId)).some((c) => c.id === stored.id)).toBe(false);
  await page.reload();
  await expect(section.getByText(/^Comments received since /)).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);
});
