// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from "@tanstack/react-router";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FetchLike } from "../../kanbert/http.ts";
import { memoryStorage } from "../../lib/storage.ts";
import { ConnectionProvider, createConnectionStore } from "../settings/index.ts";
import { ClientsPage } from "./clients-page.tsx";

const contact = {
  id: "u2",
  first_name: "Ada",
  last_name: "Lovelace",
  email: "ada@example.test",
  type: "user",
  space: { id: "s1", name: "Main" },
};
const client = (id: string, name: string, extra: object = {}) => ({
  id,
  name,
  external_id: null,
  external_origin: null,
  shortcode: name.slice(0, 3).toUpperCase(),
  primary_contact: null,
  origin_space: null,
  segment: "B",
  created_at: "2024-03-12T10:00:00Z",
  updated_at: "2024-03-12T10:00:00Z",
  ...extra,
});
const page = (data: unknown[]) => ({
  data,
  links: [],
  meta: {
    path: "/clients/full",
    per_page: 50,
    next_cursor: null,
    next_cursor_url: null,
    prev_cursor: null,
    prev_cursor_url: null,
  },
});
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

function renderClients(fetchImpl: FetchLike) {
  const rootRoute = createRootRoute({ component: Outlet });
  const routeTree = rootRoute.addChildren([
    createRoute({ getParentRoute: () => rootRoute, path: "/clients", component: ClientsPage }),
    createRoute({ getParentRoute: () => rootRoute, path: "/clients/$clientId", component: () => "detail" }),
    createRoute({ getParentRoute: () => rootRoute, path: "/settings", component: () => "settings" }),
  ]);
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: ["/clients"] }) });
  const store = createConnectionStore({
    defaults: { baseUrl: "/api/v1", token: "dev-token" },
    local: memoryStorage(),
    session: memoryStorage(),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider store={store} fetchImpl={fetchImpl}>
        <RouterProvider router={router} />
      </ConnectionProvider>
    </QueryClientProvider>,
  );
  return { router, store };
}

afterEach(cleanup);

describe("clients page", () => {
  it("asks for the first 50 clients by name and shows them in a table", async () => {
    const fetchImpl = vi.fn<FetchLike>(async () =>
      json(200, page([client("c1", "Acme", { primary_contact: contact }), client("c2", "Beta")])),
    );
    renderClients(fetchImpl);
    const table = await screen.findByRole("table", { name: "Clients, sorted by name" });
    expect(fetchImpl.mock.calls[0]?.[0]).toBe("/api/v1/clients/full?page%5Bsize%5D=50&sort=name");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    const [first, second] = rows.slice(1).map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    );
    expect(first).toEqual(["Acme", "ACM", "B", "Ada Lovelace", expect.stringContaining("2024")]);
    expect(second?.[3]).toBe("—");
    expect(within(table).getByRole("link", { name: "Acme" })).toHaveAttribute("href", "/clients/c1");
    expect(within(table).getAllByText(/2024/)[0]?.closest("time")).toHaveAttribute(
      "dateTime",
      "2024-03-12T10:00:00Z",
    );
  });

  it("says so when there are no clients", async () => {
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
    renderClients(async () =>
      fail ? json(500, { message: "Server Error" }) : json(200, page([client("c1", "Acme")])),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the clients");
    fail = false;
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("link", { name: "Acme" })).toBeInTheDocument();
  });

  it("asks to connect while disconnected, without calling the API", async () => {
    const fetchImpl = vi.fn<FetchLike>(async () => json(200, page([])));
    const { store } = renderClients(fetchImpl);
    store.disconnect();
    expect(await screen.findByRole("heading", { name: "Not connected" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Use local emulator" })).toBeInTheDocument();
  });
});
