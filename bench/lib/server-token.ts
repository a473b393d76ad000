import type { Page } from "@playwright/test";

/**
 * Gives the production server the token and the page's viewport height as the app does once
 * connected (`POST /session` from one of its pages; src/features/settings/server-session.ts), so that
 * the browser keeps the server's HttpOnly cookies: a browser that has connected before, on a screen
 * of that size. `page` must be on the server's origin (its `/healthz`, which no cache keeps). A build
 * without the page renderer sets the cookies and ignores them.
 */
export async function giveServerToken(page: Page, token: string): Promise<void> {
  const status = await page.evaluate(async (value) => {
    const response = await fetch("/session", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: value, viewportHeight: window.innerHeight }),
    });
    return response.status;
  }, token);
  if (status !== 204) throw new Error(`POST /session answered ${status}`);
}
