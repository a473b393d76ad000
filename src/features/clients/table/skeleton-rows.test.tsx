// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SkeletonRows } from "./skeleton-rows.tsx";

const columns = ["name", "shortcode", "segment", "contact", "shared", "projects", "external", "created"];

function skeleton() {
  const { container } = render(
    <table>
      <SkeletonRows columns={columns} />
    </table>,
  );
  const body = container.querySelector("tbody");
  if (!body) throw new Error("no tbody");
  return body;
}

describe("SkeletonRows", () => {
  it("is hidden from assistive tech (the table says it is busy)", () => {
    expect(skeleton()).toHaveAttribute("aria-hidden", "true");
  });

  // The first page replaces the skeleton: each node it removes costs (most under Lighthouse's
  // trace, which records a stack per node), so ten rows are drawn, not built.
  it("draws its ten rows in one row of one cell per column, with a single pulse", () => {
    const body = skeleton();
    expect(body.querySelectorAll("*")).toHaveLength(1 + 8);
    expect(body.querySelectorAll("tr")).toHaveLength(1);
    expect(body.querySelectorAll("td.skeleton-bars")).toHaveLength(8);
    expect(body.querySelector("tr")).toHaveStyle({ height: "440px" });
    expect(body.querySelectorAll(".animate-pulse")).toHaveLength(0);
    expect(body).toHaveClass("animate-pulse");
  });
});
