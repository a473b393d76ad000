import { describe, expect, it } from "vitest";
import { ApiError } from "../../kanbert/errors.ts";
import { describeConnectionError, UNAUTHORIZED_MESSAGE } from "./describe-error.ts";

describe("describeConnectionError", () => {
  const url = "https://api.example.test/api/v1";

  it("explains each kind of failure in plain words", () => {
    expect(describeConnectionError(new ApiError("http", 401, "Unauthenticated."), url)).toBe(
      UNAUTHORIZED_MESSAGE,
    );
    expect(describeConnectionError(new ApiError("network", 0, "x"), url)).toBe(
      `Could not reach ${url}. Is the emulator running (npm start) and is the address right?`,
    );
    expect(
      describeConnectionError(new ApiError("schema", 200, "Unexpected response: id: missing"), url),
    ).toBe("This doesn't look like a Kanbert API: Unexpected response: id: missing");
    expect(describeConnectionError(new ApiError("http", 502, "Bad gateway"), url)).toContain(
      "answered with a server error (502)",
    );
    expect(describeConnectionError(new ApiError("http", 500, "Boom"), url)).not.toContain("emulator running");
    expect(describeConnectionError(new ApiError("http", 418, "I'm a teapot"), url)).toBe(
      "The API answered 418: I'm a teapot",
    );
  });
});
