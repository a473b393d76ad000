// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { UserData } from "../../../kanbert/schemas.ts";
import { XSS_CORPUS } from "../../../kanbert/xss-corpus.ts";
import { renderCommentHtml } from "./render-comment.tsx";

const ADA: UserData = {
  id: "u1",
  first_name: "Ada",
  last_name: "Lovelace",
  email: "ada@example.com",
  type: "user",
  space: { id: "s", name: "Home" },
};
const lookup = (id: string) => (id === ADA.id ? ADA : undefined);

function show(html: string) {
  return render(<div data-testid="body">{renderCommentHtml(html, lookup)}</div>).container;
}

describe("renderCommentHtml", () => {
  it("shows mentions as @First Last from the users list, unknown ids as @unknown user", () => {
    const view = show('<p><mention data-id="u1" /> please look, <mention data-id="zz"/> too</p>');
    expect(view.textContent).toBe("@Ada Lovelace please look, @unknown user too");
    expect(view.querySelector("mention")).toBeNull();
  });

  it("renders links with rel=noopener noreferrer in a new tab", () => {
    const link = show('<a href="https://example.com/x" target="_self">brief</a>').querySelector("a");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(link?.getAttribute("target")).toBe("_blank");
  });

  it("renders no handler, script or unsafe URL for any corpus payload, and keeps the text", () => {
    for (const payload of XSS_CORPUS) {
      const view = show(payload.html);
      expect(view.querySelector("script, iframe, svg, math, style, img, object, embed, form")).toBeNull();
      for (const element of Array.from(view.querySelectorAll("*"))) {
        for (const attribute of Array.from(element.attributes)) expect(attribute.name).not.toMatch(/^on/i);
        const href = element.getAttribute("href");
        if (href !== null) expect(href).toMatch(/^(https?:|mailto:)/);
      }
      expect(view.textContent).toContain(payload.text);
    }
  });
});
