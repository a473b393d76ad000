// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { takeFirstPage } from "./page-from-server.ts";

function carry(text: string) {
  const element = document.createElement("script");
  element.type = "application/json";
  element.id = "kanbert-first-page";
  element.textContent = text;
  document.body.append(element);
}

describe("takeFirstPage", () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it("reads the page the server sent and removes its element", () => {
    carry('{"path":"/clients/full?sort=name","body":"{\\"data\\":[]}","viewportHeight":823}');
    expect(takeFirstPage(document)).toEqual({
      path: "/clients/full?sort=name",
      body: '{"data":[]}',
      viewportHeight: 823,
    });
    expect(document.getElementById("kanbert-first-page")).toBeNull();
    expect(takeFirstPage(document)).toBeNull();
  });

  it.each([
    ["not JSON", "{"],
    ["no body", '{"path":"/clients/full","viewportHeight":823}'],
    [
      "a path that is not under the API",
      '{"path":"https://elsewhere.example/x","body":"{}","viewportHeight":823}',
    ],
    ["a body that is not text", '{"path":"/clients/full","body":{},"viewportHeight":823}'],
    ["no viewport height", '{"path":"/clients/full","body":"{}"}'],
    [
      "a viewport height that is not a whole number of px",
      '{"path":"/clients/full","body":"{}","viewportHeight":82.5}',
    ],
    ["a viewport height of 0", '{"path":"/clients/full","body":"{}","viewportHeight":0}'],
    ["null", "null"],
  ])("ignores %s, and still removes the element", (_what, text) => {
    carry(text);
    expect(takeFirstPage(document)).toBeNull();
    expect(document.getElementById("kanbert-first-page")).toBeNull();
  });
});
