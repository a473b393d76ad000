import { describe, expect, it, vi } from "vitest";
import { formatDate } from "./dates.ts";

describe("formatDate", () => {
  it("formats an ISO timestamp as a medium date in the given locale", () => {
    expect(formatDate("2024-03-12T10:00:00Z", "en-GB")).toBe("12 Mar 2024");
    expect(formatDate("2024-03-12T10:00:00Z", "en-US")).toBe("Mar 12, 2024");
  });

  it("returns text that is not a date unchanged", () => {
    expect(formatDate("soon", "en-GB")).toBe("soon");
  });

  it("makes one formatter per locale and reuses it", () => {
    let made = 0;
    class CountingFormat extends Intl.DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        super(...args);
        made += 1;
      }
    }
    vi.stubGlobal("Intl", { ...Intl, DateTimeFormat: CountingFormat });
    expect(formatDate("2024-03-12T10:00:00Z", "de-CH")).toBe("12.03.2024");
    expect(formatDate("2024-03-13T10:00:00Z", "de-CH")).toBe("13.03.2024");
    vi.unstubAllGlobals();
    expect(made).toBe(1);
  });
});
