import type { Page, Request } from "@playwright/test";
import { apiCreate, type CreatedClient } from "./client-forms-helpers.ts";

/** Steps shared by the bulk action specs (issue 17). Each test makes its own clients. */

/** `count` clients named "<prefix> 000", "<prefix> 001", … in one segment, made through the API. */
export async function createMany(prefix: string, count: number, segment = "B"): Promise<CreatedClient[]> {
  const made = [];
  for (let n = 0; n < count; n++) {
    made.push(await apiCreate({ name: `${prefix} ${String(n).padStart(3, "0")}`, segment }));
  }
  return made;
}

/** The clients view narrowed to the names starting with `prefix`. */
export function openPrefix(page: Page, prefix: string, extra: Record<string, string> = {}) {
  return page.goto(`/clients?${new URLSearchParams({ filter: `name startswith "${prefix}"`, ...extra })}`);
}

export const bulkBar = (page: Page) => page.getByRole("toolbar", { name: "Bulk actions" });

/**
 * Watches the page's API requests, so a step that times out says which requests were still open
 * and which failed (a diagnosis in CI's output, where the trace is out of reach).
 */
export function watchApi(page: Page) {
  const open = new Map<Request, string>();
  const failed: string[] = [];
  const name = (request: Request) => `${request.method()} ${new URL(request.url()).pathname}`;
  const isApi = (request: Request) => new URL(request.url()).pathname.startsWith("/api/v1/");
  page.on("request", (request) => {
    if (isApi(request)) open.set(request, name(request));
  });
  page.on("requestfinished", (request) => {
    if (!isApi(request)) return;
    open.delete(request);
    void request.response().then((response) => {
      if (response && response.status() >= 400) failed.push(`${name(request)} → ${response.status()}`);
    });
  });
  page.on("requestfailed", (request) => {
    if (!isApi(request)) return;
    open.delete(request);
    failed.push(`${name(request)}: ${request.failure()?.errorText ?? "failed"}`);
  });
  return {
    async explain(step: () => Promise<void>): Promise<void> {
      try {
        await step();
      } catch (error) {
        const still = [...open.values()];
        throw new Error(
          `${error instanceof Error ? error.message : String(error)}\n` +
            `API requests still open (${still.length}): ${still.join(", ") || "none"}\n` +
            `API requests failed (${failed.length}): ${failed.join(", ") || "none"}`,
        );
      }
    },
  };
}
