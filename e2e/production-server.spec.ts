import { expect, test } from "./fixtures.ts";

/** What the production server (server/) adds around the app: CSP, no framing, no inline styles. */

test("the document carries the strict CSP and the other security headers", async ({ page }) => {
  const response = await page.goto("/clients");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  );
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["cache-control"]).toBe("no-cache");
  await expect(
    page
      .getByRole("table", { name: /^Clients, sorted by/ })
      .getByRole("link")
      .first(),
  ).toBeVisible();
});

test.describe("framed by another origin", () => {
  // Chromium reports the refusal on the console; that is what this test provokes.
  test.use({ allowConsoleErrors: /frame-ancestors/ });

  test("the app refuses to be framed (frame-ancestors 'none')", async ({ page, baseURL }) => {
    await page.setContent(`<iframe title="embedded console" src="${baseURL}/settings"></iframe>`);
    const frame = page.frameLocator("iframe");
    // Framed, the app would render its navigation; refused, the frame holds Chromium's error page.
    await expect.poll(() => page.frames().at(1)?.url()).toMatch(/^chrome-error:/);
    await expect(frame.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  });
});

test("dialogs, menus, popovers and toasts work under the CSP, locking the scroll by a class", async ({
  page,
}) => {
  const root = page.locator("html");
  await page.goto("/clients");
  await expect(
    page
      .getByRole("table", { name: /^Clients, sorted by/ })
      .getByRole("link")
      .first(),
  ).toBeVisible();
  await expect(root).not.toHaveClass(/scroll-locked/);

  await page.getByRole("button", { name: "Columns" }).click();
  await expect(page.getByRole("checkbox", { name: "Segment", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("checkbox", { name: "Segment", exact: true })).toHaveCount(0);

  // A dropdown menu is modal: Radix locks the page's scroll while it is open.
  await page.getByRole("button", { name: "Views", exact: true }).click();
  await expect(page.getByRole("menuitem", { name: "Save current view…" })).toBeVisible();
  await expect(root).toHaveClass(/scroll-locked/);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(root).not.toHaveClass(/scroll-locked/);

  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Filter clients" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.keyboard.press("Control+k");
  const goTo = page.getByRole("dialog", { name: "Go to client" });
  await expect(goTo.getByRole("combobox", { name: "Name or shortcode" })).toBeFocused();
  await expect(root).toHaveClass(/scroll-locked/);
  await page.keyboard.press("Escape");
  await expect(goTo).toHaveCount(0);
  await expect(root).not.toHaveClass(/scroll-locked/);

  await page.goto("/clients/new");
  await page.getByRole("textbox", { name: "Name" }).fill("Half typed");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
  await expect(page.getByRole("alertdialog", { name: "Discard unsaved changes?" })).toBeVisible();
  await expect(root).toHaveClass(/scroll-locked/);
  await page.getByRole("button", { name: "Keep editing" }).click();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Disconnected." })).toBeVisible();
});
