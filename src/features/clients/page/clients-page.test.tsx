// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FetchLike } from "../../../kanbert/http.ts";
import { client, json, page, renderClients, requestedUrl } from "./test-harness.tsx";

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(1200);
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const two = () => json(200, page([client("c1", "Acme"), client("c2", "Beta")]));

describe("clients page", () => {
  it("asks for the first 50 clients by name with their projects and shows them in a table", async () => {
    const fetchImpl = vi.fn<FetchLike>(async () => two());
    renderClients(fetchImpl);
    await screen.findByRole("link", { name: "Acme" });
    const table = screen.getByRole("table", { name: "Clients, sorted by name" });
    expect(fetchImpl.mock.calls[0]?.[0]).toBe(
      "/api/v1/clients/full?page%5Bsize%5D=50&sort=name&include=projects",
    );
    expect(table).toHaveAttribute("aria-rowcount", "-1");
    const rows = within(table).getAllByRole("row");
    expect(rows.map((row) => row.getAttribute("aria-rowindex"))).toEqual(["1", "2", "3"]);
    expect(within(table).getByRole("columnheader", { name: /^Name/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    expect(within(table).getByRole("link", { name: "Acme" })).toHaveAttribute("href", "/clients/c1");
    expect(table).toHaveAccessibleDescription("All 2 clients loaded");
  });

  it("says so when there are no clients at all", async () => {
    renderClients(async () => json(200, page([])));
    expect(await screen.findByRole("heading", { name: "No clients yet" })).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("explains a rejected token and links to the settings", async () => {
    renderClients(async () => json(401, { message: "Unauthenticated." }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The token was not accepted (401).");
    expect(within(alert).getByRole("link", { name: "Open Settings" })).toHaveAttribute("href", "/settings");
  });

  it("offers Retry after a failure, and shows the clients once the API answers", async () => {
    let fail = true;
    renderClients(async () => (fail ? json(500, { message: "Server Error" }) : two()));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the clients");
    fail = false;
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("link", { name: "Acme" })).toBeInTheDocument();
  });

  it("shows a filter the API rejects next to the filters, with a way out", async () => {
    const fetchImpl = vi.fn<FetchLike>(async (url) =>
      url.includes("filter") ? json(400, { message: "Unknown field 'x'." }) : two(),
    );
    const { router } = renderClients(fetchImpl, "/clients?filter=segment%20eq%20%22A%22");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The server rejected this filter: Unknown field 'x'.",
    );
    expect(screen.getByRole("heading", { name: "This filter could not be applied" })).toBeInTheDocument();
    const [, inEmptyState] = screen.getAllByRole("button", { name: "Clear filters" });
    if (!inEmptyState) throw new Error("the empty state offers no Clear filters");
    await userEvent.setup().click(inEmptyState);
    expect(await screen.findByRole("link", { name: "Acme" })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({});
  });

  it("writes a quick filter into the URL and asks the API for it", async () => {
    const fetchImpl = vi.fn<FetchLike>(async () => two());
    const { router } = renderClients(fetchImpl);
    await screen.findByRole("link", { name: "Acme" });
    await userEvent.setup().click(screen.getByRole("button", { name: "Segment A" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ filter: 'segment in ["A"]' }));
    expect(screen.getByRole("button", { name: "Segment A" })).toHaveAttribute("aria-pressed", "true");
    await waitFor(() =>
      expect(requestedUrl(fetchImpl, -1).searchParams.get("filter")).toBe('segment in ["A"]'),
    );
  });

  it("sorts by a header click, reverses on the second, adds a key with Shift", async () => {
    const fetchImpl = vi.fn<FetchLike>(async () => two());
    const { router } = renderClients(fetchImpl);
    const user = userEvent.setup();
    await screen.findByRole("link", { name: "Acme" });
    await user.click(screen.getByRole("button", { name: /^Name, sorted ascending/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: "-name" }));
    await user.keyboard("{Shift>}");
    await user.click(screen.getByRole("button", { name: /^Created, not sorted/ }));
    await user.keyboard("{/Shift}");
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: "-name,created_at" }));
    expect(
      await screen.findByRole("button", { name: /^Created, sorted ascending, priority 2 of 2/ }),
    ).toBeVisible();
  });

  it("moves between rows with the arrow keys and opens one with Enter", async () => {
    const { router } = renderClients(async () => two());
    const user = userEvent.setup();
    const first = await screen.findByRole("link", { name: "Acme" });
    expect(first).toHaveAttribute("tabindex", "0");
    expect(screen.getByRole("link", { name: "Beta" })).toHaveAttribute("tabindex", "-1");
    first.focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("link", { name: "Beta" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(first).toHaveFocus();
    await user.keyboard("{End}{Enter}");
    await waitFor(() => expect(router.state.location.pathname).toBe("/clients/c2"));
  });

  it("asks to connect while disconnected, without calling the API", async () => {
    const fetchImpl = vi.fn<FetchLike>(async () => two());
    const { store } = renderClients(fetchImpl);
    store.disconnect();
    expect(await screen.findByRole("heading", { name: "Not connected" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Use local emulator" })).toBeInTheDocument();
  });
});
