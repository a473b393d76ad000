import { UserPage } from "../src/kanbert/users.ts";
import { HOSTILE_MARKUP_CSP_REPORTS, labClientId, openComments } from "./comments-helpers.ts";
import { api, expect, expectNoAxeViolations, test } from "./fixtures.ts";

test.use({ allowConsoleErrors: HOSTILE_MARKUP_CSP_REPORTS });

test("threads expand and collapse; axe finds nothing in the comments section", async ({ page }) => {
  const section = await openComments(page, await labClientId());
  const toggle = section.getByRole("button", { name: /^(Hide|Show) \d+ repl/ }).first();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const replies = section.locator(`#${await toggle.getAttribute("aria-controls")}`);
  await expect(replies).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toHaveText(/Show \d+ repl/);
  await expect(replies).toBeHidden();
  await toggle.click();
  await expect(replies).toBeVisible();
  await expectNoAxeViolations(page, 'section[aria-labelledby="comments-heading"]');
});

test("a reply appears nested under its thread, focused, and survives a reload", async ({ page }) => {
  const clientId = await labClientId();
  const section = await openComments(page, clientId);
  const text = `Nested reply ${Date.now()}`;
  const thread = section.getByRole("feed").getByRole("article").first();
  await thread
    .getByRole("button", { name: /^Reply to / })
    .first()
    .click();
  await thread.getByRole("textbox", { name: "Your reply" }).fill(text);
  await thread.getByRole("button", { name: "Post reply" }).click();
  const reply = thread
    .getByRole("list", { name: /^Replies to / })
    .getByRole("article")
    .filter({ hasText: text });
  await expect(reply).toBeVisible();
  await expect(reply).toBeFocused();
  await page.reload();
  const again = page.getByRole("feed").getByRole("article").first();
  await expect(again.getByRole("list", { name: /^Replies to / })).toContainText(text);
});

test("an internal comment carries the internal badge", async ({ page }) => {
  const section = await openComments(page, await labClientId());
  const text = `Internal note ${Date.now()}`;
  const composer = section.getByRole("form", { name: "New comment" });
  await composer.getByRole("textbox", { name: "Comment" }).fill(text);
  await composer.getByRole("radio", { name: "Internal" }).check();
  await composer.getByRole("button", { name: "Post comment" }).click();
  const posted = section.getByRole("feed").getByRole("article").filter({ hasText: text });
  await expect(posted).toBeFocused();
  await expect(posted.getByText("Internal", { exact: true })).toBeVisible();
  await expect(composer.getByRole("textbox", { name: "Comment" })).toHaveValue("");
});

test("mentioning a user shows a chip with the user's name", async ({ page }) => {
  const users = await api("/users?page%5Bsize%5D=20&sort=last_name", UserPage);
  const user = users.data.find((u) => u.type === "user");
  if (!user) throw new Error("no seeded user");
  const name = `${user.first_name} ${user.last_name}`;
  const section = await openComments(page, await labClientId());
  const composer = section.getByRole("form", { name: "New comment" });
  const box = composer.getByRole("textbox", { name: "Comment" });
  await box.fill("Please check this, ");
  await box.pressSequentially(`@${name}`);
  const option = composer.getByRole("listbox", { name: "Mention a user" }).getByRole("option").first();
  await expect(option).toContainText(name);
  await box.press("Enter");
  await expect(box).toHaveValue(`Please check this, @${name} `);
  await composer.getByRole("button", { name: "Post comment" }).click();
  const posted = section.getByRole("feed").getByRole("article").first();
  await expect(posted).toBeFocused();
  await expect(posted).toContainText(`Please check this, @${name}`);
  await page.reload();
  await expect(page.getByRole("feed").getByRole("article").first()).toContainText(`@${name}`);
});

test.describe("a failed post", () => {
  // A one-element tuple form would be read as [value, options]: wrap the list.
  test.use({
    allowConsoleErrors: new RegExp(`Failed to load resource|ERR_FAILED|${HOSTILE_MARKUP_CSP_REPORTS.source}`),
  });

  test("keeps the draft and offers a retry", async ({ page }) => {
    const section = await openComments(page, await labClientId());
    await page.route("**/api/v1/tasks/comments", (route) =>
      route.request().method() === "POST" ? route.abort() : route.continue(),
    );
    const composer = section.getByRole("form", { name: "New comment" });
    const box = composer.getByRole("textbox", { name: "Comment" });
    const text = `Lost in transit ${Date.now()}`;
    await box.fill(text);
    await composer.getByRole("button", { name: "Post comment" }).click();
    await expect(composer.getByRole("alert")).toContainText("Not posted");
    await expect(box).toHaveValue(text);
    await expect(section.getByRole("feed")).not.toContainText(text);
    await page.unroute("**/api/v1/tasks/comments");
    await composer.getByRole("button", { name: "Retry" }).click();
    await expect(section.getByRole("feed").getByRole("article").filter({ hasText: text })).toBeVisible();
    await expect(box).toHaveValue("");
  });
});
