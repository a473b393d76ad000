import { describe, expect, it } from "vitest";
import { isUniqueViolation, retryOnUniqueViolation } from "../db/unique.ts";

const violation = () =>
  Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: "23505" });

describe("unique violations", () => {
  it("are recognised by SQLSTATE 23505 in `code` only", () => {
    expect(isUniqueViolation(violation())).toBe(true);
    expect(isUniqueViolation({ code: "23505" })).toBe(true);
    expect(isUniqueViolation(Object.assign(new Error("x"), { code: "23503" }))).toBe(false);
    expect(isUniqueViolation(new Error("duplicate key value violates unique constraint"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });

  it("rerun the write until it passes, and rethrow anything else or past the attempts", async () => {
    let runs = 0;
    await expect(
      retryOnUniqueViolation(async () => {
        runs++;
        if (runs < 3) throw violation();
        return "ok";
      }),
    ).resolves.toBe("ok");
    expect(runs).toBe(3);

    runs = 0;
    const other = new Error("other");
    await expect(
      retryOnUniqueViolation(async () => {
        runs++;
        throw other;
      }),
    ).rejects.toBe(other);
    expect(runs).toBe(1);

    runs = 0;
    await expect(
      retryOnUniqueViolation(async () => {
        runs++;
        throw violation();
      }, 4),
    ).rejects.toMatchObject({ code: "23505" });
    expect(runs).toBe(4);
  });
});
