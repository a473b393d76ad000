import { describe, expect, it } from "vitest";
import { special, todayOffset } from "../build.ts";
import { fromSpecialToken, specialToken } from "../special-token.ts";

describe("special tokens", () => {
  it("writes special values as the DSL spells them", () => {
    expect(specialToken(special("me.id"))).toBe("me.id");
    expect(specialToken(special("today"))).toBe("today");
    expect(specialToken(todayOffset(-30))).toBe("today-30d");
    expect(specialToken(todayOffset(5))).toBe("today+5d");
    expect(specialToken(todayOffset(0))).toBe("today+0d");
  });

  it("reads a string that is exactly a special token", () => {
    expect(fromSpecialToken("me.id")).toStrictEqual({ kind: "special", name: "me.id" });
    expect(fromSpecialToken("eom")).toStrictEqual({ kind: "special", name: "eom" });
    expect(fromSpecialToken("today")).toStrictEqual({ kind: "special", name: "today" });
    expect(fromSpecialToken("today+5d")).toStrictEqual({ kind: "today-offset", days: 5 });
    expect(fromSpecialToken("today-30d")).toStrictEqual({ kind: "today-offset", days: -30 });
    expect(fromSpecialToken("today-0d")).toStrictEqual({ kind: "today-offset", days: 0 });
    expect(fromSpecialToken("today+100000d")).toStrictEqual({ kind: "today-offset", days: 100000 });
    expect(fromSpecialToken("today-100000d")).toStrictEqual({ kind: "today-offset", days: -100000 });
    expect(fromSpecialToken("today+123456789d")).toBeUndefined();
  });

  it("reads anything else as no special", () => {
    for (const text of [
      "",
      "ME.ID",
      "Now",
      "me",
      "Today+5d",
      "today+5",
      "today5d",
      "today*5d",
      " today+5d",
      "today+5d ",
      "xtoday+5d",
      "today+d",
      "today+1234567890d",
      "today+100001d",
      "today-100001d",
    ])
      expect(fromSpecialToken(text)).toBeUndefined();
  });
});
