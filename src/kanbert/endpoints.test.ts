import { describe, expect, it } from "vitest";
import {
  createClient,
  deleteClient,
  getClient,
  listClients,
  listClientsFull,
  restoreClient,
  setExternalIdentifier,
  setShortcode,
  updateClient,
} from "./clients.ts";
import { createComment, listComments } from "./comments.ts";
import type { HttpClient, RequestOptions } from "./http.ts";
import { listProjects } from "./projects.ts";
import { listTasks } from "./tasks.ts";
import { listUsers, whoami } from "./users.ts";
import { createWebhook, deleteWebhook, listWebhooks, updateWebhook } from "./webhooks.ts";

/** An HttpClient that records what each endpoint function asks for, then fails the call. */
function recorder() {
  const asked: Omit<RequestOptions<never>, "schema">[] = [];
  const http: HttpClient = {
    connection: { baseUrl: "/api/v1", token: "" },
    request: async ({ schema: _schema, ...rest }) => {
      asked.push(rest);
      throw new Error("recorded only");
    },
  };
  return { http, asked };
}

/** Each call is made for what it asks; the recorder's refusal is expected. */
const ask = (call: Promise<unknown>) => expect(call).rejects.toThrow("recorded only");

const signal = new AbortController().signal;
const byShortcode = { key: "AC/ME", findBy: "shortcode" as const };

describe("one function per endpoint asks for its documented method, path and query", () => {
  it("clients", async () => {
    const { http, asked } = recorder();
    await ask(listClients(http, { pageSize: 10 }, signal));
    await ask(listClientsFull(http, { sort: ["name"] }, signal));
    await ask(createClient(http, { name: "Acme" }));
    await ask(getClient(http, byShortcode, signal));
    await ask(updateClient(http, { key: "c 1" }, { name: "New" }));
    await ask(deleteClient(http, { key: "c1" }));
    await ask(setExternalIdentifier(http, { key: "c1" }, { external_id: "x", external_origin: "crm" }));
    await ask(setShortcode(http, { key: "c1" }, { shortcode: "ACME" }));
    await ask(restoreClient(http, { key: "c1" }));
    expect(asked).toEqual([
      {
        path: "/clients",
        query: {
          "page[size]": 10,
          "page[cursor]": undefined,
          filter: undefined,
          sort: undefined,
          include: undefined,
        },
        signal,
      },
      {
        path: "/clients/full",
        query: {
          "page[size]": undefined,
          "page[cursor]": undefined,
          filter: undefined,
          sort: ["name"],
          include: undefined,
        },
        signal,
      },
      { method: "POST", path: "/clients", body: { name: "Acme" } },
      { path: "/clients/AC%2FME", query: { find_by: "shortcode", origin: undefined }, signal },
      {
        method: "PATCH",
        path: "/clients/c%201",
        query: { find_by: undefined, origin: undefined },
        body: { name: "New" },
      },
      { method: "DELETE", path: "/clients/c1", query: { find_by: undefined, origin: undefined } },
      {
        method: "PUT",
        path: "/clients/c1/external-identifier",
        query: { find_by: undefined, origin: undefined },
        body: { external_id: "x", external_origin: "crm" },
      },
      {
        method: "PUT",
        path: "/clients/c1/shortcode",
        query: { find_by: undefined, origin: undefined },
        body: { shortcode: "ACME" },
      },
      { method: "POST", path: "/clients/c1/restore", query: { find_by: undefined, origin: undefined } },
    ]);
  });

  it("comments, users, projects and tasks", async () => {
    const { http, asked } = recorder();
    const empty = {
      "page[size]": undefined,
      "page[cursor]": undefined,
      filter: undefined,
      sort: undefined,
      include: undefined,
    };
    await ask(listComments(http, {}, signal));
    await ask(createComment(http, { task_id: "t1", comment: "Hi" }));
    await ask(whoami(http, signal));
    await ask(listUsers(http, {}, signal));
    await ask(listProjects(http));
    await ask(listTasks(http, {}, signal));
    expect(asked).toEqual([
      { path: "/tasks/comments", query: empty, signal },
      { method: "POST", path: "/tasks/comments", body: { task_id: "t1", comment: "Hi" } },
      { path: "/whoami", signal },
      { path: "/users", query: empty, signal },
      { path: "/projects", query: empty },
      { path: "/tasks", query: empty, signal },
    ]);
  });

  it("webhooks", async () => {
    const { http, asked } = recorder();
    const empty = {
      "page[size]": undefined,
      "page[cursor]": undefined,
      filter: undefined,
      sort: undefined,
      include: undefined,
    };
    const body = { url: "https://hooks.example.test/k", events: ["client:create" as const] };
    await ask(listWebhooks(http));
    await ask(createWebhook(http, body));
    await ask(updateWebhook(http, "w/1", { is_active: false }));
    await ask(deleteWebhook(http, "w/1"));
    expect(asked).toEqual([
      { path: "/webhooks", query: empty },
      { method: "POST", path: "/webhooks", body },
      { method: "PATCH", path: "/webhooks/w%2F1", body: { is_active: false } },
      { method: "DELETE", path: "/webhooks/w%2F1" },
    ]);
  });
});
