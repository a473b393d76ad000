import { describe, expect, it } from "vitest";
import { userName } from "./user-name.ts";

describe("userName (the one name of a user, mentions included)", () => {
  it("is first and last name", () => {
    expect(userName({ first_name: "Ann", last_name: "Lee", email: "ann@example.com" })).toBe("Ann Lee");
  });

  it("falls back to the e-mail when both names are empty", () => {
    expect(userName({ first_name: "", last_name: " ", email: "bot@example.com" })).toBe("bot@example.com");
  });
});
