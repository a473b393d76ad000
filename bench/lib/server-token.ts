import type { Page } from "@playwright/test";

/**
 * Gives the production server the token as the app does once connected (`POST /session` from one of
 * its pages; src/features/settings/server-session.ts), so that the browser keeps the server's
 * HttpOnly cookie: a browser that has connected before. `page` must be on the server's origin (its
 * `/healthz`, which no cache keeps). A build without the page renderer sets the cookie and ignores it.
 */
export async function giveServerToken(page: Page, token: string): Promise<void> {
  const status = await page.evaluate(async (value) => {
    const response = await fetch("/session", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: value }),
    });
    return response.status;
  }, token);
  if (status !== 204) throw new Error(`POST /session answered ${status}`);
}
