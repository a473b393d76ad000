// @vitest-environment jsdom
import { act, cleanup, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cond, parse, print } from "../../filter/index.ts";
import { renderRoutes } from "../../test/render-routes.tsx";
import { type ClientsViewController, useClientsView } from "./use-clients-view.ts";
import { validateClientsSearch } from "./validate-search.ts";
import { withSearch, withSegments } from "./view/quick-filters.ts";

afterEach(cleanup);

function setup(initial = "/clients") {
  const seen: { current: ClientsViewController | null } = { current: null };
  function Probe() {
    seen.current = useClientsView();
    return null;
  }
  const router = renderRoutes(initial, [
    { path: "/clients", validateSearch: validateClientsSearch, component: Probe },
  ]);
  const controller = () => {
    if (!seen.current) throw new Error("not rendered yet");
    return seen.current;
  };
  return { router, controller };
}

function ast(text: string) {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

describe("useClientsView", () => {
  it("reads the view and its canonical list params from the URL", async () => {
    const { controller } = setup("/clients?filter=segment%20eq%20'A'&archived=only&sort=-created_at");
    await waitFor(() => expect(controller().view.archived).toBe("only"));
    expect(controller().params).toEqual({
      filter: 'archived eq "only" and segment eq "A"',
      archived: "only",
      sort: "-created_at",
    });
  });

  it("writes the filter as canonical text, and leaves defaults out of the URL", async () => {
    const { router, controller } = setup();
    await waitFor(() => expect(controller()).toBeTruthy());
    act(() => controller().setFilter(cond("segment", "eq", "B")));
    await waitFor(() => expect(router.state.location.search).toEqual({ filter: 'segment eq "B"' }));
    act(() => controller().setSort([{ key: "name", desc: false }]));
    await waitFor(() => expect(router.state.location.search).toEqual({ filter: 'segment eq "B"' }));
  });

  it("moves a top-level archived condition of a new filter into the archived mode", async () => {
    const { router, controller } = setup();
    await waitFor(() => expect(controller()).toBeTruthy());
    act(() => controller().setFilter(ast('archived eq "with" and name startswith "A"')));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ filter: 'name startswith "A"', archived: "with" }),
    );
  });

  it("applies queued edits to the latest filter, so quick filters compose", async () => {
    const { router, controller } = setup();
    await waitFor(() => expect(controller()).toBeTruthy());
    act(() => {
      controller().editFilter((f) => withSegments(f, ["A"]));
      controller().editFilter((f) => withSearch(f, "acme"), { replace: true });
    });
    await waitFor(() =>
      expect(print(controller().view.filter)).toBe(
        'segment in ["A"] and (name contains "acme" or shortcode contains "acme")',
      ),
    );
    expect(router.state.location.search.filter).toBe(print(controller().view.filter));
  });

  it("sets columns and sort, and clears filters keeping both", async () => {
    const { router, controller } = setup("/clients?filter=segment%20eq%20%22A%22&archived=with");
    await waitFor(() => expect(controller().view.archived).toBe("with"));
    act(() => controller().setColumns(["name", "created_at"]));
    act(() => controller().setSort([{ key: "created_at", desc: true }]));
    act(() => controller().clearFilters());
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ cols: "name,created_at", sort: "-created_at" }),
    );
  });
});
