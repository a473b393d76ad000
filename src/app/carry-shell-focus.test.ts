// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { carryShellFocus } from "./carry-shell-focus.ts";

const SHELL =
  '<div><a href="#main">Skip to main content</a><header><nav><a href="/clients">Clients</a><a href="/settings">Settings</a></nav></header><main id="main" tabindex="-1"><h1>Clients</h1></main></div>';

function mount(): HTMLElement {
  const container = document.createElement("div");
  container.id = "root";
  container.innerHTML = SHELL;
  document.body.append(container);
  return container;
}

/** What React's first commit does to the container: its children replaced by equal, new markup. */
async function replaceLikeReact(container: HTMLElement): Promise<void> {
  container.replaceChildren();
  container.insertAdjacentHTML("beforeend", SHELL);
  await Promise.resolve();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("carryShellFocus", () => {
  it("moves focus lost with the shell to the element in the same place of the new markup", async () => {
    const container = mount();
    container.querySelector<HTMLElement>("main")?.focus();
    const before = document.activeElement;
    carryShellFocus(container);
    await replaceLikeReact(container);
    expect(document.activeElement).not.toBe(before);
    expect(document.activeElement?.tagName).toBe("MAIN");
    expect(document.activeElement?.isConnected).toBe(true);
  });

  it("waits when React's first commit only empties the root, and carries focus over once it fills it", async () => {
    const container = mount();
    container.querySelector<HTMLElement>("main")?.focus();
    carryShellFocus(container);
    container.replaceChildren();
    await Promise.resolve();
    expect(document.activeElement).toBe(document.body);
    container.insertAdjacentHTML("beforeend", SHELL);
    await Promise.resolve();
    expect(document.activeElement?.tagName).toBe("MAIN");
    expect(document.activeElement?.isConnected).toBe(true);
  });

  it("follows focus that moved after it started, up to the replacement", async () => {
    const container = mount();
    carryShellFocus(container);
    container.querySelectorAll<HTMLElement>("nav a")[1]?.focus();
    await replaceLikeReact(container);
    expect(document.activeElement?.textContent).toBe("Settings");
  });

  it("leaves focus alone when nothing in the shell had it", async () => {
    const container = mount();
    const outside = document.createElement("button");
    document.body.append(outside);
    outside.focus();
    carryShellFocus(container);
    await replaceLikeReact(container);
    expect(document.activeElement).toBe(outside);
  });

  it("acts only on the first replacement", async () => {
    const container = mount();
    container.querySelector<HTMLElement>("main")?.focus();
    carryShellFocus(container);
    await replaceLikeReact(container);
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    await replaceLikeReact(container);
    expect(document.activeElement).toBe(document.body);
  });
});
