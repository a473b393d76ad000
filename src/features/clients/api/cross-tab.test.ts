import { describe, expect, it, vi } from "vitest";
import { announceClientsChanged } from "./cross-tab.ts";

describe("announceClientsChanged", () => {
  it("tells the other tabs on the clients channel that clients changed", async () => {
    const otherTab = new BroadcastChannel("kanbert.clients");
    const heard: unknown[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    announceClientsChanged();
    await vi.waitFor(() => expect(heard).toEqual([{ type: "clients-changed" }]));
    otherTab.close();
  });
});
