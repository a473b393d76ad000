import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClientData, ClientFullData, CommentData, ValidationErrorBody } from "../../src/kanbert/schemas.ts";
import { XSS_TASK_IDS } from "../db/seed-xss.ts";
import { api, type Emulator, startEmulator } from "./harness.ts";

/**
 * Colliding writes fired at once (real concurrency on PostgreSQL; PGlite serialises them): only
 * 201/200 or the same 422 as sequential requests, never a 500 from a unique index.
 */

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ clients: 20 });
});
afterAll(async () => {
  await emu.db.close();
});

const TIMES = 10;

function statuses(answers: readonly { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

function expectTaken(answers: readonly { status: number; body: unknown }[], field: string, message: string) {
  for (const answer of answers.filter((a) => a.status === 422)) {
    expect(ValidationErrorBody.parse(answer.body).errors[field]).toEqual([message]);
  }
}

describe("concurrent colliding writes", () => {
  it("10 creates with one shortcode: exactly one 201, the rest 422 on shortcode", async () => {
    const answers = await Promise.all(
      Array.from({ length: TIMES }, (_, i) =>
        emu.call("POST", api("/clients"), { body: { name: `Race ${i}`, shortcode: "RACE" } }),
      ),
    );
    expect(statuses(answers)).toEqual({ 201: 1, 422: 9 });
    expectTaken(answers, "shortcode", "The shortcode has already been taken.");
  });

  it("10 creates with one name and no shortcode: ten 201 with ten different generated shortcodes", async () => {
    const answers = await Promise.all(
      Array.from({ length: TIMES }, () =>
        emu.call("POST", api("/clients"), { body: { name: "Gemini Parallel" } }),
      ),
    );
    expect(statuses(answers)).toEqual({ 201: 10 });
    const codes = answers.map((a) => ClientFullData.parse(a.body).shortcode);
    expect(new Set(codes).size).toBe(10);
    expect(codes).toContain("GEMIP");
  });

  it("10 creates with one external id: exactly one 201, the rest 422 on external_id", async () => {
    const answers = await Promise.all(
      Array.from({ length: TIMES }, (_, i) =>
        emu.call("POST", api("/clients"), { body: { name: `Ext ${i}`, external_id: "RACE-EXT-1" } }),
      ),
    );
    expect(statuses(answers)).toEqual({ 201: 1, 422: 9 });
    expectTaken(answers, "external_id", "The external id has already been taken.");
  });

  it("10 clients changed to one shortcode or one external id at once: one 200 each, the rest 422", async () => {
    const ids = await Promise.all(
      Array.from({ length: TIMES }, async (_, i) => {
        const res = await emu.call("POST", api("/clients"), { body: { name: `Mover ${i}` } });
        return ClientFullData.parse(res.body).id;
      }),
    );
    const shortcodes = await Promise.all(
      ids.map((id) => emu.call("PUT", api(`/clients/${id}/shortcode`), { body: { shortcode: "MOVED" } })),
    );
    expect(statuses(shortcodes)).toEqual({ 200: 1, 422: 9 });
    expectTaken(shortcodes, "shortcode", "The shortcode has already been taken.");
    expect(ClientData.parse(shortcodes.find((a) => a.status === 200)?.body).shortcode).toBe("MOVED");

    const externals = await Promise.all(
      ids.map((id) =>
        emu.call("PUT", api(`/clients/${id}/external-identifier`), { body: { external_id: "MOVED-EXT" } }),
      ),
    );
    expect(statuses(externals)).toEqual({ 200: 1, 422: 9 });
    expectTaken(externals, "external_id", "The external id has already been taken.");
  });

  it("10 posts of one comment external id at once: one 201, nine 200 with the same comment", async () => {
    const [task = ""] = XSS_TASK_IDS;
    const answers = await Promise.all(
      Array.from({ length: TIMES }, () =>
        emu.call("POST", api("/tasks/comments"), {
          body: {
            task_id: task,
            comment: "Posted twice",
            external_id: "race-draft-1",
            external_origin: "kanbert-console",
          },
        }),
      ),
    );
    expect(statuses(answers)).toEqual({ 200: 9, 201: 1 });
    expect(new Set(answers.map((a) => CommentData.parse(a.body).id)).size).toBe(1);
  });
});
