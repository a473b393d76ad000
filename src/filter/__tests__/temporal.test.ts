import { describe, expect, it } from "vitest";
import type { DayValue, InstantValue } from "../temporal.ts";
import {
  addDays,
  dateOf,
  dayRange,
  isDateLiteral,
  isDateTimeLiteral,
  temporalLiteral,
  temporalPredicate,
} from "../temporal.ts";

describe("date and date-time literals", () => {
  it("accepts real calendar days written YYYY-MM-DD only", () => {
    for (const text of [
      "2024-02-29",
      "2025-12-31",
      "2025-01-01",
      "1999-10-10",
      "0001-01-01",
      "0050-03-12",
      "0099-12-31",
      "9999-12-31",
    ])
      expect(isDateLiteral(text)).toBe(true);
    for (const text of [
      "2023-02-29",
      "2025-13-01",
      "2025-00-10",
      "2025-04-31",
      "2025-01-00",
      "2025-01-32",
      "2025-1-01",
      "2025-01-1",
      "25-01-01",
      "20250-01-01",
      " 2025-01-01",
      "2025-01-01 ",
      "2025-01-01x",
      "2025/01/01",
      "0000-01-01",
      "0050-02-29",
      "2025-01-01T00:00",
      "",
    ])
      expect(isDateLiteral(text)).toBe(false);
  });

  it("accepts ISO date-times with optional seconds, fraction and zone", () => {
    for (const text of [
      "2025-03-12T10:00",
      "2025-03-12T10:00Z",
      "2025-03-12T10:00:59",
      "2025-03-12T10:00:59.5",
      "2025-03-12T10:00:59.123456789Z",
      "2025-03-12T10:00+02:00",
      "2025-03-12T10:00:00-0530",
    ])
      expect(isDateTimeLiteral(text)).toBe(true);
    for (const text of [
      "2025-03-12",
      "2025-03-12T10",
      "2025-03-12T1:00",
      "2025-03-12T10:0",
      "2025-03-12T10:00:5",
      "2025-03-12T10:00:00.",
      "2025-03-12T10:00:00.1234567890",
      "2025-03-12T10:00:00+02",
      "2025-03-12T10:00:00+2:00",
      "2025-03-12T10:00:00 Z",
      "2025-03-12 10:00:00Z",
      "x2025-03-12T10:00",
      "2025-03-12T10:00x",
      "2025-02-30T10:00",
      "2025-13-12T10:00",
      "2025-03-12T25:00",
      "2025-03-12T10:60Z",
    ])
      expect(isDateTimeLiteral(text)).toBe(false);
  });

  it("reads a literal as a day or as a UTC instant, a missing zone meaning UTC", () => {
    expect(temporalLiteral("2025-03-12")).toStrictEqual({ kind: "day", date: "2025-03-12" });
    expect(temporalLiteral("2025-03-12T10:00")).toStrictEqual({
      kind: "instant",
      iso: "2025-03-12T10:00:00.000Z",
    });
    expect(temporalLiteral("2025-03-12T10:00:05.25Z")).toStrictEqual({
      kind: "instant",
      iso: "2025-03-12T10:00:05.250Z",
    });
    expect(temporalLiteral("2025-03-12T01:00:00+02:00")).toStrictEqual({
      kind: "instant",
      iso: "2025-03-11T23:00:00.000Z",
    });
    expect(temporalLiteral("2025-03-12T10:00-0530")).toStrictEqual({
      kind: "instant",
      iso: "2025-03-12T15:30:00.000Z",
    });
    expect(temporalLiteral("soon")).toBeUndefined();
    expect(temporalLiteral("2025-02-30")).toBeUndefined();
    expect(temporalLiteral("2025-02-30T10:00")).toBeUndefined();
  });
});

describe("calendar arithmetic", () => {
  it("takes the UTC date of an instant", () => {
    expect(dateOf(new Date("2025-03-12T23:59:59.999Z"))).toBe("2025-03-12");
    expect(dateOf(new Date("2025-03-12T00:30:00+01:00"))).toBe("2025-03-11");
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-03-12", -30)).toBe("2025-02-10");
    expect(addDays("2025-03-12", 0)).toBe("2025-03-12");
  });

  it("covers a day as the half-open range from its midnight to the next", () => {
    expect(dayRange("2024-02-29")).toStrictEqual({
      start: "2024-02-29T00:00:00.000Z",
      end: "2024-03-01T00:00:00.000Z",
    });
  });
});

describe("temporalPredicate", () => {
  const day: DayValue = { kind: "day", date: "2025-03-12" };
  const instant: InstantValue = { kind: "instant", iso: "2025-03-12T10:00:00.000Z" };

  it("compares dates on a date column, an instant by its UTC date", () => {
    expect(temporalPredicate("lt", day, "date")).toStrictEqual({
      kind: "compare",
      op: "lt",
      value: "2025-03-12",
    });
    expect(temporalPredicate("gte", instant, "date")).toStrictEqual({
      kind: "compare",
      op: "gte",
      value: "2025-03-12",
    });
  });

  it("compares instants on a datetime column", () => {
    expect(temporalPredicate("eq", instant, "datetime")).toStrictEqual({
      kind: "compare",
      op: "eq",
      value: "2025-03-12T10:00:00.000Z",
    });
  });

  it("turns a day on a datetime column into a range of instants", () => {
    const start = "2025-03-12T00:00:00.000Z";
    const end = "2025-03-13T00:00:00.000Z";
    expect(temporalPredicate("eq", day, "datetime")).toStrictEqual({ kind: "within", from: start, to: end });
    expect(temporalPredicate("ne", day, "datetime")).toStrictEqual({ kind: "outside", from: start, to: end });
    expect(temporalPredicate("lt", day, "datetime")).toStrictEqual({
      kind: "compare",
      op: "lt",
      value: start,
    });
    expect(temporalPredicate("lte", day, "datetime")).toStrictEqual({
      kind: "compare",
      op: "lt",
      value: end,
    });
    expect(temporalPredicate("gt", day, "datetime")).toStrictEqual({
      kind: "compare",
      op: "gte",
      value: end,
    });
    expect(temporalPredicate("gte", day, "datetime")).toStrictEqual({
      kind: "compare",
      op: "gte",
      value: start,
    });
  });
});
