// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MirrorSince } from "./mirror-since.tsx";

describe("MirrorSince", () => {
  it("says since when the mirror has received comments", () => {
    render(<MirrorSince since="2026-11-20T10:00:00Z" />);
    expect(screen.getByText(/Comments received since/)).toHaveTextContent(/Comments received since .*2026/);
    expect(screen.getByText(/2026/, { selector: "time" })).toHaveAttribute(
      "datetime",
      "2026-11-20T10:00:00Z",
    );
  });

  it("shows nothing when the comments do not come from a mirror", () => {
    const { container } = render(<MirrorSince since={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
