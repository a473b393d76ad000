import { describe, expect, it } from "vitest";
import { draftToHtml, escapeHtml, mentionQueryAt } from "./serialize.ts";

describe("draftToHtml", () => {
  it("escapes markup and makes paragraphs and line breaks", () => {
    expect(draftToHtml('<b>x</b> & "y"\nnext line\n\n\nSecond', [])).toBe(
      "<p>&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;<br />next line</p><p>Second</p>",
    );
  });

  it("drops empty paragraphs", () => {
    expect(draftToHtml("\n\n  \n", [])).toBe("");
  });

  it("serialises mention tokens as <mention data-id />, longest label first", () => {
    const mentions = [
      { userId: "u1", label: "@Ada Love" },
      { userId: "u2", label: "@Ada Lovelace" },
    ];
    expect(draftToHtml("Hi @Ada Lovelace and @Ada Love!", mentions)).toBe(
      '<p>Hi <mention data-id="u2" /> and <mention data-id="u1" />!</p>',
    );
  });

  it("leaves an @ without a chosen user as text", () => {
    expect(draftToHtml("mail me @ home", [])).toBe("<p>mail me @ home</p>");
  });

  it("escapes ids too", () => {
    expect(escapeHtml('"><x>')).toBe("&quot;&gt;&lt;x&gt;");
  });
});

describe("mentionQueryAt", () => {
  it("finds the query after an @ at a word start", () => {
    expect(mentionQueryAt("Hello @ad", 9)).toEqual({ start: 6, query: "ad" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("Hi @Ada Lo", 10)).toEqual({ start: 3, query: "Ada Lo" });
  });

  it("ignores e-mail addresses and finished words", () => {
    expect(mentionQueryAt("mail a@b", 8)).toBeNull();
    expect(mentionQueryAt("@ada lovelace is here", 21)).toBeNull();
  });
});
