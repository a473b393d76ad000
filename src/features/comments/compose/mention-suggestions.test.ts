import { describe, expect, it } from "vitest";
import type { UserData } from "../../../kanbert/schemas.ts";
import { suggestUsers } from "./mention-suggestions.ts";

const user = (first: string, last: string, type: UserData["type"] = "user"): UserData => ({
  id: `${first}-${last}`,
  first_name: first,
  last_name: last,
  email: `${first}.${last}@example.test`.toLowerCase(),
  type,
  space: { id: "s", name: "S" },
});

const names = (list: readonly UserData[]) => list.map((u) => `${u.first_name} ${u.last_name}`);

describe("suggestUsers", () => {
  // Listed surname-first, as the directory sorts by last name.
  const users = [
    user("Anna", "Danner"),
    user("Bob", "Dankworth"),
    user("Dan", "Zeller"),
    user("Ida", "Hodan"),
    user("Dana", "Young", "integration"),
    user("Danielle", "Young"),
  ];

  it("ranks a first-name prefix above a surname prefix above a substring", () => {
    expect(names(suggestUsers(users, "dan"))).toEqual([
      "Dan Zeller",
      "Danielle Young",
      "Dana Young",
      "Anna Danner",
      "Bob Dankworth",
      "Ida Hodan",
    ]);
  });

  it("matches a full-name prefix with a space first", () => {
    expect(names(suggestUsers(users, "Ida Ho"))).toEqual(["Ida Hodan"]);
  });

  it("matches the e-mail as a substring", () => {
    expect(names(suggestUsers(users, "zeller@"))).toEqual(["Dan Zeller"]);
  });
});
