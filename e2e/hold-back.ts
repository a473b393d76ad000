import type { Page } from "@playwright/test";

/**
 * Fault injection: requests whose URL matches `url` wait until the returned function is called,
 * then reach the real server unchanged.
 */
export async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}
