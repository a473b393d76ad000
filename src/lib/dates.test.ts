import { describe, expect, it } from "vitest";
import { formatDate } from "./dates.ts";

describe("formatDate", () => {
  it("formats an ISO timestamp as a medium date in the given locale", () => {
    expect(formatDate("2024-03-12T10:00:00Z", "en-GB")).toBe("12 Mar 2024");
    expect(formatDate("2024-03-12T10:00:00Z", "en-US")).toBe("Mar 12, 2024");
  });

  it("returns text that is not a date unchanged", () => {
    expect(formatDate("soon", "en-GB")).toBe("soon");
  });
});
