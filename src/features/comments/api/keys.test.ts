import { describe, expect, it } from "vitest";
import { clientCommentsFilter, commentKeys, tasksOfClientFilter } from "./keys.ts";

describe("comment query keys", () => {
  it("nest under ['comments'], the cursor and the visibility never part of a key", () => {
    expect(commentKeys.all).toEqual(["comments"]);
    expect(commentKeys.client("c1")).toEqual(["comments", "client", "c1"]);
    expect(commentKeys.clientList("c1", null)).toEqual(["comments", "client", "c1", { taskId: null }]);
    expect(commentKeys.clientList("c1", "t1")).toEqual(["comments", "client", "c1", { taskId: "t1" }]);
    expect(commentKeys.clientTasks("c1")).toEqual(["comments", "tasks-of-client", "c1"]);
  });
});

describe("comment filters", () => {
  it("ask for a client's threads, of one task when given", () => {
    expect(clientCommentsFilter("c1", null)).toBe('task.client_id eq "c1"');
    expect(clientCommentsFilter("c1", "t9")).toBe('task.client_id eq "c1" and task.id eq "t9"');
  });

  it("quote ids with quotes and backslashes so they stay one value", () => {
    expect(clientCommentsFilter('a"b\\c', null)).toBe('task.client_id eq "a\\"b\\\\c"');
    expect(tasksOfClientFilter('x"y')).toBe('client.id eq "x\\"y"');
  });
});
