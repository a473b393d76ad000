// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FetchLike } from "../../kanbert/http.ts";
import { memoryStorage } from "../../lib/storage.ts";
import { ConnectionProvider } from "./connection-context.tsx";
import { ConnectionForm } from "./connection-form.tsx";
import { createConnectionStore } from "./connection-store.ts";

const user = {
  id: "u1",
  first_name: "Console",
  last_name: "Integration",
  email: "console@integration.kanbert.test",
  type: "integration",
  space: { id: "s1", name: "Main space" },
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

function setup(fetchImpl: FetchLike) {
  const local = memoryStorage();
  const session = memoryStorage();
  const store = createConnectionStore({
    defaults: { baseUrl: "/api/v1", token: "test-token" },
    local,
    session,
  });
  const queryClient = new QueryClient();
  const initial = { baseUrl: "https://api.example.test/api/v1", token: "", remember: false };
  render(
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider store={store} fetchImpl={fetchImpl}>
        <ConnectionForm initial={initial} />
      </ConnectionProvider>
    </QueryClientProvider>,
  );
  return { local, session, store, queryClient, ui: userEvent.setup() };
}

async function testWithToken(ui: ReturnType<typeof userEvent.setup>, token: string) {
  await ui.type(screen.getByLabelText("API token"), token);
  await ui.click(screen.getByRole("button", { name: "Test connection" }));
}

afterEach(cleanup);

describe("connection form", () => {
  it("reports who the token belongs to", async () => {
    const fetchImpl = vi.fn<FetchLike>(async () => json(200, user));
    const { ui } = setup(fetchImpl);
    await testWithToken(ui, "good-token");
    expect(await screen.findByText(/^Connected as/)).toHaveTextContent(
      "Connected as Console Integration (console@integration.kanbert.test) — integration user",
    );
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe("https://api.example.test/api/v1/whoami");
    expect(new Headers(init?.headers).get("Authorization")).toBe("Bearer good-token");
  });

  it("explains a rejected token (401)", async () => {
    const { ui } = setup(async () => json(401, { message: "Unauthenticated." }));
    await testWithToken(ui, "wrong");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The token was not accepted (401). Check that it is correct and has not been revoked.",
    );
  });

  it("explains an unreachable server", async () => {
    const { ui } = setup(() => Promise.reject(new TypeError("Failed to fetch")));
    await testWithToken(ui, "any");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Could not reach https://api.example.test/api/v1. Is the emulator running (npm start) and is the address right?",
    );
  });

  it("explains an answer that is not the Kanbert API", async () => {
    const { ui } = setup(async () => json(200, { hello: "world" }));
    await testWithToken(ui, "any");
    expect(await screen.findByRole("alert")).toHaveTextContent(/^This doesn't look like a Kanbert API: .*id/);
  });

  it("asks for a token before testing", async () => {
    const fetchImpl = vi.fn<FetchLike>(async () => json(200, user));
    const { ui } = setup(fetchImpl);
    await ui.click(screen.getByRole("button", { name: "Test connection" }));
    expect(await screen.findByText("Enter the API token.")).toBeInTheDocument();
    expect(screen.getByLabelText("API token")).toHaveAttribute("aria-invalid", "true");
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it("shows and hides the token", async () => {
    const { ui } = setup(async () => json(200, user));
    const input = screen.getByLabelText("API token");
    expect(input).toHaveAttribute("type", "password");
    await ui.click(screen.getByRole("button", { name: "Show token" }));
    expect(input).toHaveAttribute("type", "text");
    await ui.click(screen.getByRole("button", { name: "Hide token" }));
    expect(input).toHaveAttribute("type", "password");
  });

  it("saves a remembered token to localStorage, and Disconnect forgets it and the cache", async () => {
    const { ui, local, session, store, queryClient } = setup(async () => json(200, user));
    queryClient.setQueryData(["clients", "list"], ["cached"]);
    await ui.type(screen.getByLabelText("API token"), "kept-token");
    await ui.click(screen.getByLabelText("Remember on this device"));
    await ui.click(screen.getByRole("button", { name: "Save" }));
    expect(local.getItem("kanbert.token")).toBe("kept-token");
    expect(session.getItem("kanbert.token")).toBeNull();
    expect(store.get().status).toBe("connected");
    expect(queryClient.getQueryData(["clients", "list"])).toBeUndefined();

    queryClient.setQueryData(["clients", "list"], ["cached again"]);
    await ui.click(screen.getByRole("button", { name: "Disconnect" }));
    expect(store.get()).toEqual({ status: "disconnected", baseUrl: "https://api.example.test/api/v1" });
    expect(local.getItem("kanbert.token")).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(screen.queryByRole("button", { name: "Disconnect" })).not.toBeInTheDocument();
  });
});
