import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../kanbert/errors.ts";
import type { CommentData, TaskData, UserData } from "../../../kanbert/schemas.ts";
import { fakeApi, held, json, listPage } from "../../../test/fake-api.ts";
import { commentKeys } from "./keys.ts";
import { type CommentPages, makePending } from "./optimistic.ts";
import { postComment } from "./post-comment.ts";

const ME: UserData = {
  id: "u1",
  first_name: "Ada",
  last_name: "Lovelace",
  email: "ada@example.com",
  type: "user",
  space: { id: "s", name: "Home" },
};
const TASK: TaskData = {
  id: "t1",
  project_id: "p1",
  client_id: "c1",
  parent_task_id: null,
  external_id: null,
  external_origin: null,
  uri: "https://kanbert.test/t1",
  title: "Fix the roof",
  description: null,
  status: "New",
  type: "task",
  estimated_hours: null,
  is_onhold: false,
  is_public: true,
  due_date: null,
  assignee: null,
  completed_at: null,
  closed_at: null,
  updated_at: "2026-11-01T00:00:00Z",
  created_at: "2026-11-01T00:00:00Z",
  list_sorting: 1,
};

/** A top-level stand-in by me, made at time 0: public and on TASK unless told otherwise. */
const standIn = (
  html: string,
  { task = TASK, isPublic = true }: { task?: typeof TASK | null; isPublic?: boolean } = {},
) => makePending({ html, isPublic, parentId: null, task, author: ME, now: new Date(0) });

function thread(id: string): CommentData {
  return { ...standIn(id, { task: null }), id };
}
const pagesOf = (...ids: string[]): CommentPages => ({
  pages: [listPage(ids.map(thread))],
  pageParams: [null],
});

const allTasks = commentKeys.clientList("c1", null);
const taskOne = commentKeys.clientList("c1", "t1");
const taskTwo = commentKeys.clientList("c1", "t2");
const otherClient = commentKeys.clientList("c2", null);
const oddShape = [...commentKeys.client("c1"), "odd"];
const badTask = [...commentKeys.client("c1"), { taskId: 7 }];
const inbox = [...commentKeys.all, "inbox", { filter: "", sort: "newest" }];
const inboxName = [...commentKeys.all, "inbox", "client-name", "c1"];
/** What the inbox passes as `alsoIn`: every query of the inbox, lists or not. */
const inboxAll = [...commentKeys.all, "inbox"];

/** Cached lists only, none with a fetch function: what they show comes from the post alone. */
function cache() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(allTasks, pagesOf("a"));
  queryClient.setQueryData(taskOne, pagesOf("a"));
  queryClient.setQueryData(taskTwo, pagesOf("b"));
  queryClient.setQueryData(otherClient, pagesOf("z"));
  queryClient.setQueryData(oddShape, pagesOf("o"));
  queryClient.setQueryData(badTask, pagesOf("q"));
  queryClient.setQueryData(inbox, pagesOf("i"));
  queryClient.setQueryData(inboxName, { name: "Acme" });
  return queryClient;
}
const ids = (queryClient: QueryClient, key: readonly unknown[]) =>
  queryClient.getQueryData<CommentPages>(key)?.pages.flatMap((page) => page.data.map((c) => c.id));

const body = { task_id: "t1", comment: "<p>Hi</p>", is_public: true };

describe("postComment", () => {
  it("shows the stand-in in the client's lists of its task and in the inbox, then the server's comment", async () => {
    const queryClient = cache();
    const pending = standIn("<p>Hi</p>");
    const answer = held();
    const api = fakeApi(() => answer.promise);
    const posted = postComment(queryClient, api.http, "c1", { body, pending }, inboxAll);
    await vi.waitFor(() => expect(api.calls()).toEqual(["POST /tasks/comments"]));
    expect(api.requests[0]?.body).toEqual(body);
    expect(ids(queryClient, allTasks)).toEqual([pending.id, "a"]);
    expect(ids(queryClient, taskOne)).toEqual([pending.id, "a"]);
    expect(ids(queryClient, taskTwo)).toEqual(["b"]);
    expect(ids(queryClient, otherClient)).toEqual(["z"]);
    expect(ids(queryClient, oddShape)).toEqual(["o"]);
    expect(ids(queryClient, badTask)).toEqual(["q"]);
    expect(ids(queryClient, inbox)).toEqual([pending.id, "i"]);
    expect(queryClient.getQueryData(inboxName)).toEqual({ name: "Acme" });

    const real = { ...thread("r1"), comment: "<p>Hi</p>" };
    answer.settle(json(200, real));
    await expect(posted).resolves.toMatchObject({ id: "r1" });
    expect(ids(queryClient, allTasks)).toEqual(["r1", "a"]);
    expect(ids(queryClient, inbox)).toEqual(["r1", "i"]);
    // The answer came without its task: the stand-in's is kept, so the thread still names it.
    expect(queryClient.getQueryData<CommentPages>(taskOne)?.pages[0]?.data[0]?.task).toEqual(TASK);
    expect(queryClient.getQueryData(inboxName)).toEqual({ name: "Acme" });
    expect(queryClient.getQueryState(allTasks)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(otherClient)?.isInvalidated).toBe(false);
  });

  it("keeps the task the server answers with", async () => {
    const queryClient = cache();
    const pending = standIn("x");
    const served = { ...TASK, title: "From the server" };
    const api = fakeApi(() => ({ ...thread("r2"), task: served }));
    await postComment(queryClient, api.http, "c1", { body, pending });
    expect(queryClient.getQueryData<CommentPages>(allTasks)?.pages[0]?.data[0]).toMatchObject({
      id: "r2",
      task: { title: "From the server" },
    });
    expect(ids(queryClient, inbox)).toEqual(["i"]);
  });

  it("takes only its stand-in out again when the post fails, with no refetch to hide it", async () => {
    const queryClient = cache();
    const earlier = standIn("e", { task: null });
    queryClient.setQueryData(allTasks, {
      pages: [listPage([earlier, thread("a")])],
      pageParams: [null],
    });
    const pending = standIn("x", { task: null, isPublic: false });
    const api = fakeApi(() => json(500, { message: "Server Error" }));
    await expect(
      postComment(queryClient, api.http, "c1", { body, pending }, inboxAll),
    ).rejects.toBeInstanceOf(ApiError);
    expect(ids(queryClient, allTasks)).toEqual([earlier.id, "a"]);
    expect(ids(queryClient, taskOne)).toEqual(["a"]);
    expect(ids(queryClient, inbox)).toEqual(["i"]);
    expect(queryClient.getQueryData(inboxName)).toEqual({ name: "Acme" });
  });

  it("cancels the client's and the inbox's running fetches first", async () => {
    const queryClient = cache();
    const never = () => new Promise<never>(() => {});
    const clientFetch = queryClient.fetchQuery({
      queryKey: commentKeys.clientList("c1", "t9"),
      queryFn: never,
    });
    const inboxFetch = queryClient.fetchQuery({ queryKey: [...inbox, "more"], queryFn: never });
    const pending = standIn("x", { task: null });
    const api = fakeApi(() => thread("r3"));
    await postComment(queryClient, api.http, "c1", { body, pending }, inboxAll);
    await expect(clientFetch).rejects.toMatchObject({ message: "CancelledError" });
    await expect(inboxFetch).rejects.toMatchObject({ message: "CancelledError" });
  });

  it("leaves every other query alone: no cancel, no change, no refetch", async () => {
    const queryClient = cache();
    queryClient.setQueryData(commentKeys.client("c1"), pagesOf("s"));
    queryClient.setQueryData([...commentKeys.client("c1"), null], pagesOf("n"));
    const clientsList = ["clients", "list", { filter: "", archived: "without", sort: "name" }];
    const clientsPages = { pages: [listPage([{ id: "x", name: "Acme" }])], pageParams: [null] };
    queryClient.setQueryData(clientsList, clientsPages);
    let answerOther: (value: string) => void = () => {};
    const other = queryClient.fetchQuery({
      queryKey: ["users", "me"],
      queryFn: () => new Promise<string>((resolve) => (answerOther = resolve)),
    });
    let reads = 0;
    const inScope = commentKeys.clientList("c1", "t3");
    await queryClient.fetchQuery({ queryKey: inScope, queryFn: async () => (reads += 1) });

    for (const alsoIn of [inboxAll, undefined]) {
      const pending = standIn("x", { task: null });
      await postComment(queryClient, fakeApi(() => thread("r4")).http, "c1", { body, pending }, alsoIn);
      const failed = standIn("y", { task: null });
      const refusing = fakeApi(() => json(500, { message: "Server Error" }));
      await expect(
        postComment(queryClient, refusing.http, "c1", { body, pending: failed }, alsoIn),
      ).rejects.toBeInstanceOf(ApiError);
    }
    answerOther("still running");
    await expect(other).resolves.toBe("still running");
    expect(queryClient.getQueryData(clientsList)).toEqual(clientsPages);
    expect(ids(queryClient, commentKeys.client("c1"))).toEqual(["s"]);
    expect(ids(queryClient, [...commentKeys.client("c1"), null])).toEqual(["n"]);
    expect(reads).toBe(1);
  });
});
