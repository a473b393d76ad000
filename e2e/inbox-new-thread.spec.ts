import type { Page } from "@playwright/test";
import { TaskPage } from "../src/kanbert/tasks.ts";
import { commentsContaining } from "./comments-api.ts";
import { api, expect, test } from "./fixtures.ts";
import { feed, openInbox } from "./inbox-helpers.ts";

/** A new thread from the inbox on a task picked from `GET /tasks` (issue 16). */

const POSTS = "**/api/v1/tasks/comments";
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function seededTask(offset: number) {
  const query = new URLSearchParams({ sort: "title", "page[size]": "60" });
  const task = (await api(`/tasks?${query}`, TaskPage)).data.filter((t) => t.client_id !== null)[offset];
  if (!task?.client_id) throw new Error("no seeded task with a client");
  return { ...task, client_id: task.client_id };
}

async function startThread(page: Page, uri: string, text: string) {
  await page.getByRole("button", { name: "New thread" }).click();
  const composer = page.getByRole("form", { name: "New comment" });
  await composer.getByRole("combobox", { name: "Task" }).fill(uri);
  await page
    .getByRole("listbox", { name: "Matching tasks" })
    .getByRole("option")
    .filter({ hasText: `${uri} · ` })
    .click();
  await expect(composer.getByRole("combobox", { name: "Task" })).toHaveValue(new RegExp(`^${uri} · `));
  await composer.getByRole("textbox", { name: "Comment" }).fill(text);
  await composer.getByRole("button", { name: "Post comment" }).click();
  return composer;
}

test("a new thread on a task picked by search shows at once, then on the client's page", async ({ page }) => {
  const task = await seededTask(21);
  const text = `New thread from the inbox ${Date.now()}`;
  await openInbox(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(POSTS, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await held; // the answer waits until the stand-in has been seen
    await route.continue();
  });
  await startThread(page, task.uri, text);
  await expect(feed(page).getByText(text)).toBeVisible();
  expect(await commentsContaining(task.client_id, text)).toHaveLength(0);
  release();
  await expect(page.getByRole("form", { name: "New comment" })).toBeHidden();
  await expect.poll(async () => (await commentsContaining(task.client_id, text)).length).toBe(1);
  await expect(feed(page).getByText(text)).toBeVisible();

  await page.goto(`/clients/${task.client_id}`);
  await page.reload();
  await expect(page.getByRole("region", { name: "Comments" })).toContainText(text);
});

test.describe("a failed new thread", () => {
  test.use({ allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });

  test("keeps its text in the box, and Retry posts it once", async ({ page }) => {
    const task = await seededTask(23);
    const text = `Not lost ${Date.now()}`;
    await openInbox(page);
    await page.route(POSTS, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      await wait(300);
      await route.abort();
    });
    const composer = await startThread(page, task.uri, text);
    await expect(composer.getByRole("alert")).toContainText("Not posted");
    await expect(composer.getByRole("textbox", { name: "Comment" })).toHaveValue(text);
    await expect(feed(page).getByText(text)).toHaveCount(0);
    expect(await commentsContaining(task.client_id, text)).toHaveLength(0);

    await page.unroute(POSTS);
    await composer.getByRole("button", { name: "Retry" }).click();
    await expect(composer).toBeHidden();
    await expect(feed(page).getByText(text)).toBeVisible();
    expect(await commentsContaining(task.client_id, text)).toHaveLength(1);
  });
});
