// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { takeOver } from "./take-over.ts";

const SHELL =
  '<div><a href="#main">Skip to main content</a><header><nav><a href="/clients">Clients</a><a href="/settings">Settings</a></nav></header><main id="main" tabindex="-1"><h1>Clients</h1></main></div>';

function mount(): HTMLElement {
  const container = document.createElement("div");
  container.id = "root";
  container.innerHTML = SHELL;
  document.body.append(container);
  return container;
}

/** The work left for after the next frame, run by hand. */
function laterQueue() {
  const work: (() => void)[] = [];
  return {
    later: (run: () => void) => void work.push(run),
    pending: () => work.length,
    runAll: () => {
      for (const run of work.splice(0)) run();
    },
  };
}

/** What React's first commit puts in the target: markup equal to the shell's. */
function commitLikeReact(target: HTMLElement) {
  target.insertAdjacentHTML("beforeend", SHELL.replace("Clients</h1>", "Clients (app)</h1>"));
}

/** A prerendered page taken over, the app's markup committed and revealed; the removal left queued. */
function revealedPage() {
  const container = mount();
  const queue = laterQueue();
  const { target, reveal } = takeOver(container, queue.later);
  commitLikeReact(target);
  reveal();
  return { container, target, reveal, queue };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("takeOver", () => {
  it("gives React a hidden, empty element after the prerendered one, and leaves that one alone", () => {
    const container = mount();
    const { target } = takeOver(container, laterQueue().later);
    expect(container.nextElementSibling).toBe(target);
    expect(target.hidden).toBe(true);
    expect(target.childElementCount).toBe(0);
    expect(container.hidden).toBe(false);
    expect(container.id).toBe("root");
    expect(container.querySelector("h1")?.textContent).toBe("Clients");
  });

  it("reveal shows the app's markup and hides the prerendered one in one step; the id goes along", () => {
    const { container, target } = revealedPage();
    expect(target.hidden).toBe(false);
    expect(container.hidden).toBe(true);
    expect(document.getElementById("root")).toBe(target);
    expect(container.hasAttribute("id")).toBe(false);
    // Hidden, not emptied: its markup leaves only after the next frame.
    expect(container.querySelector("h1")?.textContent).toBe("Clients");
    expect(container.isConnected).toBe(true);
  });

  it("leaves no id twice in the document once the app's markup shows", () => {
    const { container } = revealedPage();
    expect(document.querySelectorAll("#main")).toHaveLength(1);
    expect(document.getElementById("main")?.closest("[hidden]")).toBeNull();
    expect(container.querySelectorAll("[id]")).toHaveLength(0);
  });

  it("removes the prerendered markup after the next frame", () => {
    const { container, target, queue } = revealedPage();
    queue.runAll();
    expect(container.isConnected).toBe(false);
    expect(document.body.children).toHaveLength(1);
    expect(document.body.firstElementChild).toBe(target);
  });

  it("moves focus from the prerendered page to the element in the same place of the app's", () => {
    const container = mount();
    const { target, reveal } = takeOver(container, laterQueue().later);
    container.querySelectorAll<HTMLElement>("nav a")[1]?.focus();
    commitLikeReact(target);
    reveal();
    expect(document.activeElement?.textContent).toBe("Settings");
    expect(target.contains(document.activeElement)).toBe(true);
  });

  it("moves focus only to an element of the same tag", () => {
    const container = mount();
    const { target, reveal } = takeOver(container, laterQueue().later);
    container.querySelector<HTMLElement>("main")?.focus();
    // The app's markup has a section where the shell had its main region.
    target.insertAdjacentHTML(
      "beforeend",
      SHELL.replace(/<main([^>]*)>(.*)<\/main>/, "<section$1>$2</section>"),
    );
    reveal();
    expect(target.contains(document.activeElement)).toBe(false);
  });

  it("leaves focus alone when it was not in the prerendered page", () => {
    const container = mount();
    const outside = document.createElement("button");
    document.body.append(outside);
    const { target, reveal } = takeOver(container, laterQueue().later);
    outside.focus();
    commitLikeReact(target);
    reveal();
    expect(document.activeElement).toBe(outside);
  });

  it("acts once: a second reveal neither moves focus nor schedules another removal", () => {
    const { container, reveal, queue } = revealedPage();
    expect(queue.pending()).toBe(1);
    container.hidden = false;
    container.querySelector<HTMLElement>("main")?.focus();
    reveal();
    expect(queue.pending()).toBe(1);
    expect(document.activeElement?.tagName).toBe("MAIN");
    expect(container.contains(document.activeElement)).toBe(true);
    expect(container.hidden).toBe(false);
  });
});
