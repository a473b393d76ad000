import type { Page } from "@playwright/test";
import { CommentPage } from "../src/kanbert/comments.ts";
import type { CommentData } from "../src/kanbert/schemas.ts";
import { UserData } from "../src/kanbert/schemas.ts";
import { TaskPage } from "../src/kanbert/tasks.ts";
import { api, expect } from "./fixtures.ts";

/** Helpers of the comments inbox specs (`/comments`), reading the emulator's API directly. */

export async function me(): Promise<UserData> {
  return api("/whoami", UserData);
}

/** A seeded task (not the XSS lab's) and its client: a quiet place for a spec's own comments. */
export async function quietTask(offset: number): Promise<{ taskId: string; clientId: string }> {
  const query = new URLSearchParams({ sort: "title", "page[size]": "40" });
  const tasks = (await api(`/tasks?${query}`, TaskPage)).data.filter((task) => task.client_id !== null);
  const task = tasks[offset];
  if (!task?.client_id) throw new Error("no seeded task with a client");
  return { taskId: task.id, clientId: task.client_id };
}

/** Every thread the API lists for `filter` (all pages). */
export async function apiThreads(filter: string): Promise<CommentData[]> {
  const out: CommentData[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ filter, sort: "-created_at", "page[size]": "100" });
    if (cursor) query.set("page[cursor]", cursor);
    const page = await api(`/tasks/comments?${query}`, CommentPage);
    out.push(...page.data);
    cursor = page.meta.next_cursor;
  } while (cursor);
  return out;
}

export const feed = (page: Page) => page.getByRole("feed", { name: "Comment threads" });

/** The ids of the threads rendered now (the list is virtualised: the ones near the viewport). */
export async function renderedThreadIds(page: Page): Promise<string[]> {
  return feed(page).evaluate((root) =>
    Array.from(root.querySelectorAll(":scope > div > article > article")).map((a) =>
      a.id.replace(/^comment-/, ""),
    ),
  );
}

/** Scrolls the whole list (loading every page), collecting each thread id once, in order. */
export async function allThreadIds(page: Page, onStep?: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const scroller = feed(page).locator("xpath=..");
  for (let n = 0; n < 400; n++) {
    await expect(feed(page)).toHaveAttribute("aria-busy", "false");
    for (const id of await renderedThreadIds(page)) if (!seen.includes(id)) seen.push(id);
    await onStep?.();
    const done = await scroller.evaluate((el) => {
      const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      el.scrollTop += el.clientHeight * 0.8;
      return atEnd;
    });
    if (done && !(await page.getByRole("button", { name: "Load more threads" }).isVisible())) break;
    await page.waitForTimeout(50);
  }
  return seen;
}

export async function openInbox(page: Page, search = "") {
  await page.goto(`/comments${search}`);
  await expect(page.getByRole("heading", { name: "Comments", level: 1 })).toBeVisible();
}

/** Opens "Filter" on the inbox: the same builder / text panel as the clients table. */
export async function openFilterPanel(page: Page) {
  await page.getByRole("button", { name: /^Filter/ }).click();
  const panel = page.getByRole("dialog", { name: "Filter comments" });
  await expect(panel).toBeVisible();
  return panel;
}

/** Types `text` in the panel's text editor and applies it. */
export async function applyFilter(page: Page, text: string) {
  const panel = await openFilterPanel(page);
  await panel.getByRole("tab", { name: "Text" }).click();
  await panel.getByLabel("Filter text").fill(text);
  await panel.getByRole("button", { name: "Apply" }).click();
  await expect(panel).toBeHidden();
}
