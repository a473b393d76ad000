// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderRoutes } from "../test/render-routes.tsx";
import { NotFoundPage, RouteErrorPage } from "./error-pages.tsx";

function renderAt(path: string, page: () => string) {
  renderRoutes(
    path,
    [
      { path: "/clients", component: () => "clients list" },
      { path: "/flaky", component: page },
    ],
    { notFoundComponent: NotFoundPage, defaultErrorComponent: RouteErrorPage },
  );
}

afterEach(cleanup);

describe("error pages", () => {
  it("shows a not-found page with a link back to the clients", async () => {
    renderAt("/nowhere", () => "");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("link", { name: "Go to clients" }));
    expect(await screen.findByText("clients list")).toBeInTheDocument();
  });

  it("catches a page that throws, explains it and recovers on Retry", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    let broken = true;
    renderAt("/flaky", () => {
      if (broken) throw new Error("Cannot read the thing");
      return "working again";
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This page could not be shown");
    expect(alert).toHaveTextContent("Cannot read the thing");
    broken = false;
    await userEvent.setup().click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("working again")).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
