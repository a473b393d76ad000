import { describe, expect, it } from "vitest";
import { searchStatus } from "./search-status.ts";

describe("searchStatus", () => {
  const idle = { isError: false, isFetching: false };
  it("says nothing before anything is typed, or once results show", () => {
    expect(searchStatus(false, { isError: true, isFetching: true }, 0, "tasks")).toBeUndefined();
    expect(searchStatus(true, { isError: false, isFetching: true }, 3, "tasks")).toBeUndefined();
  });
  it("names the failure, the wait and the empty result", () => {
    expect(searchStatus(true, { isError: true, isFetching: false }, 2, "clients")).toBe(
      "Could not search the clients.",
    );
    expect(searchStatus(true, { isError: false, isFetching: true }, 0, "clients")).toBe("Searching…");
    expect(searchStatus(true, idle, 0, "tasks")).toBe("No tasks match.");
  });
});
