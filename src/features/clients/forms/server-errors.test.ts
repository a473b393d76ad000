import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../kanbert/errors.ts";
import { applyServerErrors } from "./server-errors.ts";

interface Values {
  name: string;
  shortcode: string;
  primary_contact: null;
}
const FIELDS = { name: "name", shortcode: "shortcode", primary_contact_id: "primary_contact" } as const;

describe("applyServerErrors", () => {
  it("puts each 422 field error on its form field, focusing the first", () => {
    const setError = vi.fn();
    const error = new ApiError("http", 422, "The shortcode has already been taken. (and 1 more error)", {
      fieldErrors: {
        shortcode: ["The shortcode has already been taken."],
        primary_contact_id: ["The selected primary contact id is invalid.", "second"],
      },
    });
    expect(applyServerErrors<Values>(error, setError, FIELDS)).toBeNull();
    expect(setError.mock.calls).toEqual([
      [
        "shortcode",
        { type: "server", message: "The shortcode has already been taken." },
        { shouldFocus: true },
      ],
      [
        "primary_contact",
        { type: "server", message: "The selected primary contact id is invalid." },
        { shouldFocus: false },
      ],
    ]);
  });

  it("sends errors of fields the form does not show to the top", () => {
    const setError = vi.fn();
    const error = new ApiError("http", 422, "overview", {
      fieldErrors: { name: ["Too long."], body: ["The request body must be a JSON object."] },
    });
    expect(applyServerErrors<Values>(error, setError, FIELDS)).toBe(
      "The request body must be a JSON object.",
    );
    expect(setError).toHaveBeenCalledTimes(1);
  });

  it("reports network failures and other statuses at the top, touching no field", () => {
    const setError = vi.fn();
    const network = new ApiError("network", 0, "Could not reach the Kanbert API.");
    expect(applyServerErrors<Values>(network, setError, FIELDS)).toBe(
      "Could not save: Could not reach the Kanbert API.",
    );
    expect(applyServerErrors<Values>(new ApiError("http", 403, "Forbidden"), setError, FIELDS)).toBe(
      "Could not save: Forbidden",
    );
    expect(applyServerErrors<Values>(new ApiError("http", 422, "Invalid."), setError, FIELDS)).toBe(
      "Invalid.",
    );
    expect(setError).not.toHaveBeenCalled();
  });
});
