// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { XSS_CORPUS } from "../../../kanbert/xss-corpus.ts";
import { ALLOWED_TAGS, closeMentions, SAFE_HREF, sanitizeComment } from "./sanitize.ts";

const ALLOWED = new Set<string>(ALLOWED_TAGS);
const ATTRIBUTES = new Set(["href", "data-id", "target", "rel"]);

function elements(fragment: DocumentFragment): Element[] {
  return Array.from(fragment.querySelectorAll("*"));
}

describe("sanitizeComment against the XSS corpus", () => {
  it("has at least 50 payloads", () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(XSS_CORPUS.map((payload) => [payload.name, payload] as const))("%s", (_name, payload) => {
    const fragment = sanitizeComment(payload.html);
    for (const element of elements(fragment)) {
      expect(ALLOWED.has(element.localName), `<${element.localName}> survived`).toBe(true);
      for (const attribute of Array.from(element.attributes)) {
        expect(ATTRIBUTES.has(attribute.name), `${attribute.name} survived on <${element.localName}>`).toBe(
          true,
        );
      }
      const href = element.getAttribute("href");
      if (href !== null) expect(href).toMatch(SAFE_HREF);
    }
    expect(fragment.textContent).toContain(payload.text);
  });
});

describe("sanitizeComment", () => {
  it("keeps the allow-listed markup and forces safe links", () => {
    const fragment = sanitizeComment(
      '<p>A <strong>b</strong> <em>c</em> <a href="https://example.com" target="_self">link</a></p><ul><li>x</li></ul>',
    );
    const link = fragment.querySelector("a");
    expect(link?.getAttribute("href")).toBe("https://example.com");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(link?.getAttribute("target")).toBe("_blank");
    expect(fragment.querySelector("strong")?.textContent).toBe("b");
    expect(fragment.querySelector("ul li")?.textContent).toBe("x");
  });

  it("drops relative and non-http hrefs but keeps the text", () => {
    const fragment = sanitizeComment(
      '<a href="/admin">a</a><a href="ftp://x">b</a><a href="mailto:a@b.c">c</a>',
    );
    const hrefs = Array.from(fragment.querySelectorAll("a"), (a) => a.getAttribute("href"));
    expect(hrefs).toEqual([null, null, "mailto:a@b.c"]);
    expect(fragment.textContent).toBe("abc");
  });

  it("closes self-closing mentions so the text after them is not swallowed", () => {
    expect(closeMentions('<mention data-id="u1" /> hi')).toBe('<mention data-id="u1" ></mention> hi');
    const fragment = sanitizeComment('<p><mention data-id="u1" /> please look</p>');
    const mention = fragment.querySelector("mention");
    expect(mention?.getAttribute("data-id")).toBe("u1");
    expect(mention?.textContent).toBe("");
    expect(fragment.querySelector("p")?.textContent).toBe(" please look");
  });
});
