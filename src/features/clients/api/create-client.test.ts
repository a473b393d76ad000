import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../kanbert/errors.ts";
import { fakeApi, json, listPage } from "../../../test/fake-api.ts";
import { getToasts, toast } from "../../../ui/toast-store.ts";
import { clientCreated, createOrFindClient } from "./create-client.ts";
import { clientKeys } from "./keys.ts";
import { pages, row } from "./test-rows.ts";

afterEach(() => {
  vi.useRealTimers();
  toast.clear();
});

const body = { name: "Acme", shortcode: "ACME" };
const made = row("n1", { name: "Acme", shortcode: "ACME", created_at: "2026-11-28T10:00:30Z" });

describe("createOrFindClient", () => {
  it("posts the body and answers the server's record", async () => {
    const api = fakeApi(() => made);
    const lostSince = { current: null };
    await expect(createOrFindClient(api.http, body, lostSince)).resolves.toMatchObject({ id: "n1" });
    expect(api.calls()).toEqual(["POST /clients"]);
    expect(api.requests[0]?.body).toEqual(body);
    expect(lostSince.current).toBeNull();
  });

  it("after a lost answer, takes the client the first attempt made instead of creating another", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-11-28T10:00:00Z") });
    let online = false;
    const api = fakeApi(({ method }) => {
      if (!online) throw new TypeError("Failed to fetch");
      return method === "GET" ? listPage([made]) : json(500, { message: "must not post" });
    });
    const lostSince = { current: null };
    await expect(createOrFindClient(api.http, body, lostSince)).rejects.toMatchObject({ kind: "network" });
    expect(lostSince.current).toBe(Date.parse("2026-11-28T10:00:00Z"));

    vi.setSystemTime(Date.parse("2026-11-28T10:05:00Z"));
    online = true;
    await expect(createOrFindClient(api.http, body, lostSince)).resolves.toMatchObject({ id: "n1" });
    expect(api.calls()).toEqual([
      "POST /clients",
      'GET /clients/full?page[size]=100&filter=archived eq "without" and shortcode eq "ACME"&sort=-created_at&include=projects',
    ]);
  });

  it("keeps the first lost attempt's time through later failures, and posts when nothing was made", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-11-28T10:00:00Z") });
    const lostSince = { current: Date.parse("2026-11-28T09:00:00Z") };
    const offline = fakeApi(({ method }) => {
      if (method === "POST") throw new TypeError("Failed to fetch");
      return listPage([]);
    });
    await expect(createOrFindClient(offline.http, body, lostSince)).rejects.toBeInstanceOf(ApiError);
    expect(lostSince.current).toBe(Date.parse("2026-11-28T09:00:00Z"));
    expect(offline.calls().map((call) => call.slice(0, 18))).toEqual(["GET /clients/full?", "POST /clients"]);

    const refused = fakeApi(({ method }) =>
      method === "POST" ? json(422, { message: "Invalid", errors: { name: ["Taken"] } }) : listPage([]),
    );
    await expect(createOrFindClient(refused.http, body, lostSince)).rejects.toMatchObject({ status: 422 });
    expect(lostSince.current).toBe(Date.parse("2026-11-28T09:00:00Z"));
  });

  it("does not look for a lost create after an error the server answered", async () => {
    const api = fakeApi(() => json(422, { message: "Invalid", errors: { name: ["Taken"] } }));
    const lostSince = { current: null };
    await expect(createOrFindClient(api.http, body, lostSince)).rejects.toMatchObject({ status: 422 });
    expect(lostSince.current).toBeNull();
  });
});

describe("clientCreated", () => {
  it("caches the new client's detail (no projects yet), says so, forgets the lost attempt and restarts lists", () => {
    const queryClient = new QueryClient();
    const list = clientKeys.list({ filter: "", archived: "without", sort: "name" });
    queryClient.setQueryData(list, pages([row("a")], [row("b")]));
    const { projects: _, ...answer } = made;
    const lostSince = { current: 5 };
    clientCreated(queryClient, answer, lostSince);
    expect(lostSince.current).toBeNull();
    expect(queryClient.getQueryData(clientKeys.detail("n1"))).toMatchObject({
      client: { id: "n1", name: "Acme" },
      full: { id: "n1", projects: [] },
      archived: false,
    });
    expect(getToasts().map((t) => t.message)).toEqual(["“Acme” was created."]);
    expect(queryClient.getQueryData(list)).toMatchObject({ pageParams: [null] });
    expect(queryClient.getQueryState(list)?.isInvalidated).toBe(true);
  });

  it("keeps the projects the answer has", () => {
    const queryClient = new QueryClient();
    const project = {
      id: "p1",
      external_id: null,
      external_origin: null,
      title: "Audit",
      shortcode: "P-1",
      status: "running" as const,
      is_acquisition: false,
      is_private: false,
      start_date: null,
      end_date: null,
    };
    clientCreated(queryClient, { ...made, projects: [project] }, { current: null });
    expect(queryClient.getQueryData(clientKeys.detail("n1"))).toMatchObject({
      full: { projects: [{ id: "p1" }] },
    });
  });
});
