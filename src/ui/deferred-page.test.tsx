// @vitest-environment jsdom
import { cleanup, screen, waitFor } from "@testing-library/react";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { DeferredPage } from "./deferred-page.tsx";

/** When the last page made by `pageArrivingAfter` had its code arrive (performance.now()). */
let arrivedAt = Number.NaN;

/** A page whose code arrives `ms` after it is first rendered, as a route chunk would. */
function pageArrivingAfter(ms: number): ComponentType {
  return lazy(
    () =>
      new Promise<{ default: ComponentType }>((resolve) =>
        setTimeout(() => {
          arrivedAt = performance.now();
          resolve({ default: () => <h1>Clients</h1> });
        }, ms),
      ),
  );
}

const pending = <p role="status">Loading clients…</p>;

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
  cleanup();
});

/** Renders outside act(), as the browser does, and resolves with when the page showed. */
async function shownAt(ui: ReactNode): Promise<{ start: number; shown: number }> {
  const container = document.body.appendChild(document.createElement("div"));
  const start = performance.now();
  root = createRoot(container);
  root.render(ui);
  await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Loading clients…"), {
    interval: 1,
  });
  await waitFor(() => expect(screen.getByRole("heading", { name: "Clients" })).toBeVisible(), {
    timeout: 2_000,
    interval: 1,
  });
  return { start, shown: performance.now() };
}

describe("DeferredPage", () => {
  it("shows the loading shape first, then the page as soon as its code has arrived", async () => {
    const Page = pageArrivingAfter(20);
    const { shown } = await shownAt(
      <DeferredPage pending={pending}>
        <Page />
      </DeferredPage>,
    );
    expect(screen.queryByRole("status")).toBeNull();
    // React's 300 ms hold on a Suspense reveal does not apply (a few ms when the machine is idle).
    expect(shown - arrivedAt).toBeLessThan(250);
  });

  it("shows the page at once when its code is already in", async () => {
    const Page = () => <h1>Clients</h1>;
    const { start, shown } = await shownAt(
      <DeferredPage pending={pending}>
        <Page />
      </DeferredPage>,
    );
    expect(shown - start).toBeLessThan(250);
  });

  // Why DeferredPage exists: the same page behind a bare Suspense boundary, the loading shape as its
  // fallback, shows no sooner than 300 ms after the fallback did.
  it("(the behaviour it avoids) a Suspense fallback holds the page back for 300 ms", async () => {
    const Page = pageArrivingAfter(20);
    const { start, shown } = await shownAt(
      <Suspense fallback={pending}>
        <Page />
      </Suspense>,
    );
    expect(shown - start).toBeGreaterThanOrEqual(290);
  });
});
