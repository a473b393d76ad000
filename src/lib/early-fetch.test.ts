import { afterEach, describe, expect, it, vi } from "vitest";
import { createEarlyFetch } from "./early-fetch.ts";

const URL_A = "/api/v1/clients/full?page%5Bsize%5D=50&sort=name&include=projects";
const AUTH = { Authorization: "Bearer t1" };

function network() {
  return vi.fn(async (input: string, _init: RequestInit) => new Response(`answer to ${input}`));
}

describe("createEarlyFetch", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("the first GET of the same URL and token takes the early response over: one request in all", async () => {
    const net = network();
    const early = createEarlyFetch(net);
    early.start(URL_A, { headers: AUTH });
    expect(net).toHaveBeenCalledTimes(1);
    const response = await early.fetch(URL_A, {
      method: "GET",
      headers: { Accept: "application/json", ...AUTH },
    });
    expect(await response.text()).toBe(`answer to ${URL_A}`);
    expect(net).toHaveBeenCalledTimes(1);
    // Taken once: the next GET asks the network.
    await early.fetch(URL_A, { headers: AUTH });
    expect(net).toHaveBeenCalledTimes(2);
  });

  it("an answer given with the page is taken over by the first GET of its URL and token: no request", async () => {
    const net = network();
    const early = createEarlyFetch(net);
    early.answer(URL_A, { headers: AUTH }, '{"data":[]}');
    // Started after the answer: the request is not made.
    early.start(URL_A, { headers: AUTH });
    await early.fetch(URL_A, { headers: { Authorization: "Bearer t2" } });
    expect(net).toHaveBeenCalledTimes(1);
    const response = await early.fetch(URL_A, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(await response.json()).toEqual({ data: [] });
    expect(net).toHaveBeenCalledTimes(1);
  });

  it("another URL, another token or another method goes to the network", async () => {
    const net = network();
    const early = createEarlyFetch(net);
    early.start(URL_A, { headers: AUTH });
    await early.fetch(`${URL_A}&filter=x`, { headers: AUTH });
    await early.fetch(URL_A, { headers: { Authorization: "Bearer t2" } });
    await early.fetch(URL_A, { method: "POST", headers: AUTH, body: "{}" });
    expect(net).toHaveBeenCalledTimes(4);
  });

  it("an early failure reaches the request that takes it over", async () => {
    const net = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    const early = createEarlyFetch(net);
    early.start(URL_A, { headers: AUTH });
    await expect(early.fetch(URL_A, { headers: AUTH })).rejects.toThrow("Failed to fetch");
  });

  it("an early response nobody takes is dropped after keepMs", async () => {
    vi.useFakeTimers();
    const net = network();
    const early = createEarlyFetch(net, 10_000);
    early.start(URL_A, { headers: AUTH });
    vi.advanceTimersByTime(10_000);
    await early.fetch(URL_A, { headers: AUTH });
    expect(net).toHaveBeenCalledTimes(2);
  });
});
