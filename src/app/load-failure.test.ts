// @vitest-environment jsdom
import { screen, within } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { showLoadFailure } from "./load-failure.ts";

afterEach(() => {
  document.body.replaceChildren();
});

describe("showLoadFailure", () => {
  it("puts an alert with a reload link in place of the page's content", () => {
    document.body.innerHTML =
      '<div id="root"><header>Kanbert</header><main id="main"><p>Loading clients…</p></main></div>';
    showLoadFailure(document, "http://localhost/clients?sort=-name");

    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading", { level: 1 }).textContent).toBe(
      "The console could not be loaded",
    );
    expect(alert.textContent).toContain("Check the connection, then reload the page.");
    expect(within(alert).getByRole("link", { name: "Reload page" }).getAttribute("href")).toBe(
      "http://localhost/clients?sort=-name",
    );
    expect(screen.queryByText("Loading clients…")).toBeNull();
    // The header stays: only the page's content is replaced.
    expect(screen.getByText("Kanbert")).toBeTruthy();
  });

  it("fills the root when the page has no main region yet (a page without a prerendered shell)", () => {
    document.body.innerHTML = '<div id="root"></div>';
    showLoadFailure(document, "http://localhost/settings");
    const root = document.getElementById("root");
    expect(root && within(root).getByRole("alert")).toBeTruthy();
  });
});
