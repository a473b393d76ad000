// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useDocumentTitle } from "./use-document-title.ts";

describe("useDocumentTitle", () => {
  it("names the page before the app, and follows the page", () => {
    const { rerender } = renderHook(({ page }) => useDocumentTitle(page), {
      initialProps: { page: "Clients" as string | null },
    });
    expect(document.title).toBe("Clients · Kanbert Console");
    rerender({ page: "Settings" });
    expect(document.title).toBe("Settings · Kanbert Console");
  });

  it("shows the app name alone when there is no page name", () => {
    renderHook(() => useDocumentTitle(null));
    expect(document.title).toBe("Kanbert Console");
  });
});
