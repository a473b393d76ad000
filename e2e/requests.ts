import type { Page, Request } from "@playwright/test";

/** The route chunk of /clients, as Vite names the lazy route module. */
export const CLIENTS_CHUNK = /\/assets\/clients\.lazy-[\w-]+\.js$/;

/** The app: React, the router, the query client and the layout (src/app/start.tsx). */
export const APP_CHUNK = /\/assets\/start-[\w-]+\.js$/;

/** A GET of the clients list, through the app's server. */
export const isListRequest = (request: Request) =>
  request.method() === "GET" && new URL(request.url()).pathname === "/api/v1/clients/full";

/** The URLs of the page's requests that `matches`, as they start (a URL pattern or a test). */
export function recordRequests(page: Page, matches: RegExp | ((request: Request) => boolean)): string[] {
  const urls: string[] = [];
  const test = matches instanceof RegExp ? (request: Request) => matches.test(request.url()) : matches;
  page.on("request", (request) => {
    if (test(request)) urls.push(request.url());
  });
  return urls;
}
