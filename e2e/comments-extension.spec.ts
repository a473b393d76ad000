import { CommentPage } from "../src/kanbert/comments.ts";
import type { CommentData } from "../src/kanbert/schemas.ts";
import { loadAll, openComments } from "./comments-helpers.ts";
import { api, expect, test } from "./fixtures.ts";

/** A seeded thread with attached files, and the client it belongs to (found through the API). */
async function seededThreadWithFiles(): Promise<{ clientId: string; thread: CommentData }> {
  const query = new URLSearchParams({ sort: "-created_at", "page[size]": "100", include: "task" });
  const threads = (await api(`/tasks/comments?${query}`, CommentPage)).data;
  const thread = threads.find((comment) => comment.attachements.length > 0);
  const clientId = thread?.task?.client_id;
  if (!thread || !clientId)
    throw new Error("the seed has no client's thread with attachments on its first page");
  return { clientId, thread };
}

test("a seeded comment's attachments are listed with name, type and size", async ({ page }) => {
  const { clientId, thread } = await seededThreadWithFiles();
  const section = await openComments(page, clientId);
  await loadAll(page);
  const card = section
    .getByRole("article")
    .filter({ hasText: thread.attachements[0]?.file_name ?? "" })
    .first();
  const files = card.getByRole("list", { name: "Attachments" });
  await expect(files.getByRole("listitem")).toHaveCount(thread.attachements.length);
  for (const file of thread.attachements) {
    await expect(files).toContainText(file.file_name);
    await expect(files).toContainText(file.mime_type);
  }
  await expect(files.getByRole("listitem").first()).toHaveText(/ · \d+(\.\d)? (B|KB|MB|GB)$/);
});

test.describe("an API without the comments extension", () => {
  test.use({ allowConsoleErrors: /Failed to load resource: the server responded with a status of 404/ });

  test("the section says the API offers no comment listing, and shows no error", async ({ page }) => {
    const { clientId } = await seededThreadWithFiles();
    // Fault: the listing endpoint is missing, as on a real Kanbert (SPEC §7.5).
    await page.route("**/api/v1/tasks/comments**", (route) =>
      route.request().method() === "GET"
        ? route.fulfill({ status: 404, json: { message: "Not Found" } })
        : route.fallback(),
    );
    await page.goto(`/clients/${clientId}`);
    const section = page.getByRole("region", { name: "Comments" });
    await expect(
      section.getByRole("heading", { name: "Comments can't be read from this API" }),
    ).toBeVisible();
    await expect(section).toContainText("GET /tasks/comments");
    await expect(section.getByRole("alert")).toHaveCount(0);
    await expect(section.getByRole("feed", { name: "Comment threads" })).toHaveCount(0);
    await expect(section.getByRole("button", { name: /Retry/ })).toHaveCount(0);
  });
});
