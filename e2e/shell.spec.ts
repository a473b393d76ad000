import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { holdBack } from "./hold-back.ts";
import { APP_CHUNK } from "./requests.ts";

test("the main navigation marks the current page", async ({ page }) => {
  await page.goto("/clients");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Clients" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Settings" })).not.toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
  await expect(page).toHaveTitle("Settings · Kanbert Console");
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/clients");
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  // The app has mounted: its buttons are enabled (the prerendered shell's are not).
  await expect(page.getByRole("button", { name: "Go to client" })).toBeEnabled();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("focus put in the prerendered shell before the app mounts stays where the user put it", async ({
  page,
}) => {
  // Fault injection: the app's chunk is held back, so only the prerendered shell is on the page.
  const release = await holdBack(page, APP_CHUNK);
  await page.goto("/clients");
  await expect(page.getByRole("button", { name: "Go to client" })).toBeDisabled();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();

  release();
  await expect(page.getByRole("button", { name: "Go to client" })).toBeEnabled();
  await expect(page.getByRole("main")).toBeFocused();
});

test("an unknown address shows a not-found page with a way back", async ({ page }) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to clients" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
});

test("the theme follows the system, and the toggle overrides it across reloads", async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const toDark = page.getByRole("button", { name: "Switch to dark theme" });
  const toLight = page.getByRole("button", { name: "Switch to light theme" });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/clients");
  await expect(toDark).toBeVisible();
  const light = await background();
  expect(light).toBe("rgb(255, 255, 255)");

  // Following the system: it turns dark with it.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(toLight).toBeVisible();
  await expect.poll(background).not.toBe(light);
  const dark = await background();

  // Light chosen, while the system is dark: it stays light, also after a reload.
  await toLight.click();
  await expect.poll(background).toBe(light);
  await page.reload();
  await expect(toDark).toBeVisible();
  await expect.poll(background).toBe(light);

  // Dark chosen, while the system is light: it stays dark, also after a reload.
  await page.emulateMedia({ colorScheme: "light" });
  await toDark.click();
  await expect.poll(background).toBe(dark);
  await page.reload();
  await expect(toLight).toBeVisible();
  await expect.poll(background).toBe(dark);
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.use({ colorScheme });

    test("the clients page has no axe violations", async ({ page }) => {
      await page.goto("/clients");
      await expect(
        page.getByRole("table", { name: "Clients, sorted by name" }).getByRole("link").first(),
      ).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("the settings page has no axe violations", async ({ page }) => {
      await page.goto("/settings");
      await expect(page.getByRole("region", { name: "Current user" })).toContainText("Console Integration");
      await page.getByRole("button", { name: "Test connection" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Connected as" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
