import { commentsContaining } from "./comments-api.ts";
import { HOSTILE_MARKUP_CSP_REPORTS, labClientId, openComments } from "./comments-helpers.ts";
import { expect, test } from "./fixtures.ts";

const POSTS = "**/api/v1/tasks/comments";
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.describe("nothing typed is lost", () => {
  test.use({
    allowConsoleErrors: new RegExp(`Failed to load resource|ERR_FAILED|${HOSTILE_MARKUP_CSP_REPORTS.source}`),
  });

  test("a slow post that fails keeps what was typed meanwhile and offers the failed text", async ({
    page,
  }) => {
    const section = await openComments(page, await labClientId());
    await page.route(POSTS, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      await wait(1500);
      await route.fulfill({ status: 500, json: { message: "Internal server error" } });
    });
    const composer = section.getByRole("form", { name: "New comment" });
    const box = composer.getByRole("textbox", { name: "Comment" });
    const first = `First text ${Date.now()}`;
    await box.fill(first);
    await composer.getByRole("button", { name: "Post comment" }).click();
    await expect(box).toHaveValue("");
    await box.fill("Typed while it was posting");
    const alert = composer.getByRole("alert");
    await expect(alert).toContainText("Not posted");
    await expect(box).toHaveValue("Typed while it was posting");
    await expect(alert.getByRole("blockquote", { name: "Text not posted" })).toHaveText(first);

    await page.unroute(POSTS);
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(section.getByRole("feed").getByRole("article").filter({ hasText: first })).toBeVisible();
    await expect(box).toHaveValue("Typed while it was posting");
    await expect(composer.getByRole("alert")).toHaveCount(0);
  });

  test("the failed text can be put back after the newer text", async ({ page }) => {
    const section = await openComments(page, await labClientId());
    await page.route(POSTS, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      await wait(1000);
      await route.abort();
    });
    const composer = section.getByRole("form", { name: "New comment" });
    const box = composer.getByRole("textbox", { name: "Comment" });
    await box.fill("Failed part");
    await composer.getByRole("button", { name: "Post comment" }).click();
    await box.fill("Newer part");
    await composer.getByRole("button", { name: "Put the text back in the box" }).click();
    await expect(box).toHaveValue("Newer part\n\nFailed part");
    await expect(composer.getByRole("alert")).toHaveCount(0);
  });

  test("Cancel on a pending reply that then fails brings the reply back with its text and the error", async ({
    page,
  }) => {
    const section = await openComments(page, await labClientId());
    await page.route(POSTS, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      await wait(1500);
      await route.abort();
    });
    const thread = section.getByRole("feed").getByRole("article").first();
    await thread
      .getByRole("button", { name: /^Reply to / })
      .first()
      .click();
    const reply = thread.getByRole("form", { name: /^Reply to / });
    const text = `Reply cancelled while pending ${Date.now()}`;
    await reply.getByRole("textbox", { name: "Your reply" }).fill(text);
    await reply.getByRole("button", { name: "Post reply" }).click();
    await reply.getByRole("button", { name: "Cancel" }).click();
    await expect(reply).toBeHidden();

    const back = thread.getByRole("form", { name: /^Reply to / });
    await expect(back.getByRole("alert")).toContainText("Not posted");
    await expect(back.getByRole("textbox", { name: "Your reply" })).toHaveValue(text);
    await page.unroute(POSTS);
    await back.getByRole("button", { name: "Retry" }).click();
    await expect(
      thread
        .getByRole("list", { name: /^Replies to / })
        .getByRole("article")
        .filter({ hasText: text }),
    ).toBeVisible();
    await expect(thread.getByRole("form", { name: /^Reply to / })).toHaveCount(0);
  });

  test("a retry after a lost response makes one comment, not two", async ({ page }) => {
    const clientId = await labClientId();
    const section = await openComments(page, clientId);
    let lost = 0;
    await page.route(POSTS, async (route) => {
      if (route.request().method() !== "POST" || lost > 0) return route.continue();
      lost++;
      await route.fetch(); // the server commits the comment; the browser never sees the answer
      await route.abort();
    });
    const composer = section.getByRole("form", { name: "New comment" });
    const box = composer.getByRole("textbox", { name: "Comment" });
    const text = `Posted once ${Date.now()}`;
    await box.fill(text);
    await composer.getByRole("button", { name: "Post comment" }).click();
    await expect(composer.getByRole("alert")).toContainText("Not posted");
    await expect(box).toHaveValue(text);
    await composer.getByRole("button", { name: "Retry" }).click();
    await expect(section.getByRole("feed").getByRole("article").filter({ hasText: text })).toHaveCount(1);
    await expect(box).toHaveValue("");
    const stored = await commentsContaining(clientId, text);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.external_origin).toBe("kanbert-console");
    await page.reload();
    await expect(page.getByRole("feed").getByRole("article").filter({ hasText: text })).toHaveCount(1);
  });
});
