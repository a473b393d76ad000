import { describe, expect, it } from "vitest";
import { and, any, cond, count, or, special, todayOffset } from "../build.ts";
import type { ResolvedNode } from "../resolve.ts";
import { resolve, resolveScalar } from "../resolve.ts";
import type { DayValue, InstantValue } from "../temporal.ts";
import { dayRange, temporalPredicate } from "../temporal.ts";
import { FROZEN_NOW, ME_ID } from "./fixture.ts";

const context = { now: new Date(FROZEN_NOW), meId: ME_ID };
const instant = (iso: string): InstantValue => ({ kind: "instant", iso });
const day = (date: string): DayValue => ({ kind: "day", date });

describe("specials", () => {
  it("resolve to the documented values for the frozen clock", () => {
    expect(resolveScalar(special("me.id"), context)).toBe("u-alice");
    expect(resolveScalar(special("now"), context)).toEqual(instant("2025-03-12T10:00:00.000Z"));
    expect(resolveScalar(special("today"), context)).toEqual(day("2025-03-12"));
    expect(resolveScalar(special("sow"), context)).toEqual(instant("2025-03-10T00:00:00.000Z"));
    expect(resolveScalar(special("eow"), context)).toEqual(instant("2025-03-16T23:59:59.000Z"));
    expect(resolveScalar(special("som"), context)).toEqual(instant("2025-03-01T00:00:00.000Z"));
    expect(resolveScalar(special("eom"), context)).toEqual(instant("2025-03-31T23:59:59.000Z"));
    expect(resolveScalar(todayOffset(-30), context)).toEqual(day("2025-02-10"));
    expect(resolveScalar(todayOffset(5), context)).toEqual(day("2025-03-17"));
    expect(resolveScalar("today", context)).toBe("today");
  });

  it("handle week and month edges (Sunday, December, leap February)", () => {
    const sunday = { now: new Date("2025-03-16T23:00:00Z"), meId: "x" };
    expect(resolveScalar(special("sow"), sunday)).toEqual(instant("2025-03-10T00:00:00.000Z"));
    expect(resolveScalar(special("eow"), sunday)).toEqual(instant("2025-03-16T23:59:59.000Z"));
    const december = { now: new Date("2024-12-31T12:00:00Z"), meId: "x" };
    expect(resolveScalar(special("eom"), december)).toEqual(instant("2024-12-31T23:59:59.000Z"));
    expect(resolveScalar(todayOffset(1), december)).toEqual(day("2025-01-01"));
    const leap = { now: new Date("2024-02-10T00:00:00Z"), meId: "x" };
    expect(resolveScalar(special("eom"), leap)).toEqual(instant("2024-02-29T23:59:59.000Z"));
  });

  it("resolve a whole tree", () => {
    const expected: ResolvedNode = {
      type: "group",
      kind: "and",
      children: [
        { type: "condition", field: "a", op: "eq", value: "u-alice" },
        { type: "condition", field: "d", op: "in", value: [day("2025-03-12"), "x"] },
      ],
    };
    expect(
      resolve(
        and(cond("a", "eq", special("me.id")), cond("d", "in", [special("today"), "x"])),
        context.now,
        ME_ID,
      ),
    ).toStrictEqual(expected);
  });
});

describe("resolve", () => {
  it("leaves the empty filter empty", () => {
    expect(resolve(null, context.now, ME_ID)).toBeNull();
  });

  it("resolves inside relations and keeps everything else as it is", () => {
    const expected: ResolvedNode = {
      type: "group",
      kind: "or",
      children: [
        {
          type: "quantifier",
          field: "p",
          quantifier: "any",
          where: { type: "condition", field: "owner.id", op: "eq", value: "u-alice" },
        },
        { type: "quantifier", field: "p", quantifier: "none" },
        { type: "count", field: "p", op: "gte", value: 2 },
        { type: "condition", field: "a", op: "isnull" },
        { type: "condition", field: "n", op: "lt", value: 3 },
      ],
    };
    expect(
      resolve(
        or(
          any("p", cond("owner.id", "eq", special("me.id"))),
          { type: "quantifier", field: "p", quantifier: "none" },
          count("p", "gte", 2),
          cond("a", "isnull"),
          cond("n", "lt", 3),
        ),
        context.now,
        "u-alice",
      ),
    ).toStrictEqual(expected);
  });

  it("starts the week on Monday", () => {
    const monday = { now: new Date("2025-03-10T00:00:00Z"), meId: "x" };
    expect(resolveScalar(special("sow"), monday)).toEqual(instant("2025-03-10T00:00:00.000Z"));
    expect(resolveScalar(special("eow"), monday)).toEqual(instant("2025-03-16T23:59:59.000Z"));
    expect(resolveScalar(special("som"), monday)).toEqual(instant("2025-03-01T00:00:00.000Z"));
  });
});

describe("day semantics", () => {
  const today = { kind: "day", date: "2025-03-12" } as const;
  it("expands a day on datetime columns", () => {
    const { start, end } = dayRange("2025-03-12");
    expect([start, end]).toEqual(["2025-03-12T00:00:00.000Z", "2025-03-13T00:00:00.000Z"]);
    expect(temporalPredicate("eq", today, "datetime")).toEqual({ kind: "within", from: start, to: end });
    expect(temporalPredicate("ne", today, "datetime")).toEqual({ kind: "outside", from: start, to: end });
    expect(temporalPredicate("lt", today, "datetime")).toEqual({ kind: "compare", op: "lt", value: start });
    expect(temporalPredicate("lte", today, "datetime")).toEqual({ kind: "compare", op: "lt", value: end });
    expect(temporalPredicate("gt", today, "datetime")).toEqual({ kind: "compare", op: "gte", value: end });
    expect(temporalPredicate("gte", today, "datetime")).toEqual({ kind: "compare", op: "gte", value: start });
  });

  it("compares dates on date columns, using an instant's date part", () => {
    expect(temporalPredicate("lte", today, "date")).toEqual({
      kind: "compare",
      op: "lte",
      value: "2025-03-12",
    });
    const eow = { kind: "instant", iso: "2025-03-16T23:59:59.000Z" } as const;
    expect(temporalPredicate("lte", eow, "date")).toEqual({
      kind: "compare",
      op: "lte",
      value: "2025-03-16",
    });
    expect(temporalPredicate("lt", eow, "datetime")).toEqual({ kind: "compare", op: "lt", value: eow.iso });
  });
});
