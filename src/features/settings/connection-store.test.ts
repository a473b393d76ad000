import { describe, expect, it } from "vitest";
import { memoryStorage } from "../../lib/storage.ts";
import { createConnectionStore } from "./connection-store.ts";

const defaults = { baseUrl: "/api/v1", token: "built-in" };

function setup(local = memoryStorage(), session = memoryStorage()) {
  return { local, session, store: createConnectionStore({ defaults, local, session }) };
}

describe("connection store", () => {
  it("connects with the defaults when nothing is stored", () => {
    const { store, local, session } = setup();
    expect(store.get()).toEqual({ status: "connected", settings: { ...defaults, remember: false } });
    expect(local.entries()).toEqual({});
    expect(session.entries()).toEqual({});
  });

  it("keeps the token in sessionStorage only, unless asked to remember", () => {
    const { store, local, session } = setup();
    store.save({ baseUrl: " https://api.example.test/api/v1 ", token: "secret-1", remember: false });
    expect(session.getItem("kanbert.token")).toBe("secret-1");
    expect(local.getItem("kanbert.token")).toBeNull();
    expect(JSON.stringify(local.entries())).not.toContain("secret-1");
    expect(store.get()).toEqual({
      status: "connected",
      settings: { baseUrl: "https://api.example.test/api/v1", token: "secret-1", remember: false },
    });
  });

  it("moves the token to localStorage when remembered, and back", () => {
    const { store, local, session } = setup();
    store.save({ baseUrl: "/api/v1", token: "secret-2", remember: true });
    expect(local.getItem("kanbert.token")).toBe("secret-2");
    expect(session.getItem("kanbert.token")).toBeNull();
    store.save({ baseUrl: "/api/v1", token: "secret-3", remember: false });
    expect(local.getItem("kanbert.token")).toBeNull();
    expect(session.getItem("kanbert.token")).toBe("secret-3");
  });

  it("restores a remembered connection in a new tab, but not a session-only one", () => {
    const local = memoryStorage();
    setup(local).store.save({ baseUrl: "/x", token: "kept", remember: true });
    expect(setup(local).store.get()).toEqual({
      status: "connected",
      settings: { baseUrl: "/x", token: "kept", remember: true },
    });

    const local2 = memoryStorage();
    setup(local2).store.save({ baseUrl: "/y", token: "tab-only", remember: false });
    expect(setup(local2).store.get()).toEqual({ status: "disconnected", baseUrl: "/y" });
  });

  it("disconnect forgets the token in both storages and stays disconnected after reload", () => {
    const { store, local, session } = setup();
    store.save({ baseUrl: "/z", token: "gone", remember: true });
    session.setItem("kanbert.token", "stale");
    let notified = 0;
    store.subscribe(() => {
      notified += 1;
    });
    store.disconnect();
    expect(notified).toBe(1);
    expect(store.get()).toEqual({ status: "disconnected", baseUrl: "/z" });
    expect(local.getItem("kanbert.token")).toBeNull();
    expect(session.getItem("kanbert.token")).toBeNull();
    expect(createConnectionStore({ defaults, local, session }).get().status).toBe("disconnected");
  });

  it("restoreDefaults returns to the built-in connection and clears what was stored", () => {
    const { store, local, session } = setup();
    store.save({ baseUrl: "/z", token: "t", remember: true });
    store.disconnect();
    store.restoreDefaults();
    expect(store.get()).toEqual({ status: "connected", settings: { ...defaults, remember: false } });
    expect(local.entries()).toEqual({});
    expect(session.entries()).toEqual({});
  });

  it("a production build (no built-in token) starts disconnected, and restoreDefaults stays so", () => {
    const local = memoryStorage();
    const session = memoryStorage();
    const store = createConnectionStore({ defaults: { baseUrl: "/api/v1", token: null }, local, session });
    expect(store.hasDefaultConnection).toBe(false);
    expect(store.get()).toEqual({ status: "disconnected", baseUrl: "/api/v1" });
    store.save({ baseUrl: "/api/v1", token: "mine", remember: true });
    store.restoreDefaults();
    expect(store.get()).toEqual({ status: "disconnected", baseUrl: "/api/v1" });
    expect(local.entries()).toEqual({});
  });

  it("development (empty built-in token: the dev proxy signs) connects at once", () => {
    const store = createConnectionStore({
      defaults: { baseUrl: "/api/v1", token: "" },
      local: memoryStorage(),
      session: memoryStorage(),
    });
    expect(store.hasDefaultConnection).toBe(true);
    expect(store.get()).toEqual({
      status: "connected",
      settings: { baseUrl: "/api/v1", token: "", remember: false },
    });
  });

  it("ignores a corrupt preferences entry", () => {
    const local = memoryStorage({ "kanbert.connection": "{not json" });
    expect(setup(local).store.get().status).toBe("connected");
  });
});
