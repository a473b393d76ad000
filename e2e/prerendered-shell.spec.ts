import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

/**
 * /clients comes from the server with its shell already in the HTML (scripts/prerender-plugin.ts),
 * so the header, the navigation and the page title paint before any script has run. With
 * JavaScript off, that HTML is all there is: what these tests see is what paints first.
 */

async function withoutScripts(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/clients");
  return { page, close: () => context.close() };
}

test("before any script runs, /clients shows the header, the navigation and the page title", async ({
  browser,
  baseURL,
}) => {
  const { page, close } = await withoutScripts(browser, baseURL);
  try {
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Clients" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
    await expect(page.getByText("Every client of your space.")).toBeVisible();
    // Nothing answers a click before the app runs, and its buttons say so; the links work.
    await expect(page.getByRole("button", { name: "Go to client" })).toBeDisabled();
    await expect(page.getByRole("link", { name: "Settings" })).toHaveAttribute("href", "/settings");
    // Another page has no prerendered shell: an empty root until the app renders it.
    await page.goto("/settings");
    await expect(page.locator("#root")).toBeEmpty();
  } finally {
    await close();
  }
});

test("before any script runs, the shell follows the system's dark theme, as the app then paints it", async ({
  browser,
  baseURL,
}) => {
  const headerBackground = async (colorScheme: "light" | "dark", javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled, colorScheme, baseURL });
    try {
      const page = await context.newPage();
      await page.goto("/clients");
      if (javaScriptEnabled) await expect(page.getByRole("button", { name: "Go to client" })).toBeEnabled();
      return await page.locator("header").evaluate((header) => getComputedStyle(header).backgroundColor);
    } finally {
      await context.close();
    }
  };
  const light = await headerBackground("light", false);
  const dark = await headerBackground("dark", false);
  expect(light).toBe("rgb(255, 255, 255)");
  expect(dark).not.toBe(light);
  // The app, once running (no theme chosen: it follows the system), paints the header the same.
  expect(await headerBackground("dark", true)).toBe(dark);
  expect(await headerBackground("light", true)).toBe(light);
});

test("the app takes over the prerendered shell: one header, one title, and its buttons work", async ({
  page,
}) => {
  await page.goto("/clients");
  await expect(page.getByRole("table", { name: /^Clients/ })).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await page.getByRole("button", { name: "Go to client" }).click();
  await expect(page.getByRole("dialog", { name: "Go to client" })).toBeVisible();
});
