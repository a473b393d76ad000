import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClientData, ClientFullData, MessageBody, ValidationErrorBody } from "../../src/kanbert/schemas.ts";
import { INTEGRATION_SLUG, INTEGRATION_USER_ID } from "../config.ts";
import { api, type Emulator, startEmulator } from "./harness.ts";

/** The server rules the client forms rely on (SPEC §4, §5): each one as the dashboard meets it. */

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ clients: 20 });
});
afterAll(async () => {
  await emu.db.close();
});

let serial = 0;
async function create(extra: Record<string, unknown> = {}) {
  serial++;
  const res = await emu.call("POST", api("/clients"), { body: { name: `Rules ${serial}`, ...extra } });
  expect(res.status).toBe(201);
  return ClientFullData.parse(res.body);
}

function expect422(res: { status: number; body: unknown }, errors: Record<string, string[]>) {
  expect(res.status).toBe(422);
  const body = ValidationErrorBody.parse(res.body);
  expect(body.errors).toEqual(errors);
  expect(body.message).toBe(Object.values(errors)[0]?.[0]);
}

const TAKEN = { shortcode: ["The shortcode has already been taken."] };

describe("uniqueness", () => {
  it("422s a taken shortcode in the documented shape, on create and on PUT …/shortcode", async () => {
    const a = await create({ shortcode: "RULE-A" });
    const b = await create();
    expect422(await emu.call("POST", api("/clients"), { body: { name: "X", shortcode: "rule-a" } }), TAKEN);
    expect422(
      await emu.call("PUT", api(`/clients/${b.id}/shortcode`), { body: { shortcode: "RULE-A" } }),
      TAKEN,
    );
    // An archived client keeps its shortcode reserved.
    expect((await emu.call("DELETE", api(`/clients/${a.id}`))).status).toBe(200);
    expect422(
      await emu.call("PUT", api(`/clients/${b.id}/shortcode`), { body: { shortcode: "RULE-A" } }),
      TAKEN,
    );
  });

  it("422s a taken (origin, external id) pair, and allows the same id in another origin", async () => {
    await create({ external_id: "CRM-7", external_origin: "hubspot" });
    const taken = { external_id: ["The external id has already been taken."] };
    expect422(
      await emu.call("POST", api("/clients"), {
        body: { name: "Y", external_id: "CRM-7", external_origin: "hubspot" },
      }),
      taken,
    );
    const other = await create({ external_id: "CRM-7", external_origin: "pipedrive" });
    expect422(
      await emu.call("PUT", api(`/clients/${other.id}/external-identifier`), {
        body: { external_id: "CRM-7", external_origin: "hubspot" },
      }),
      taken,
    );
  });
});

describe("field rules", () => {
  it("requires a name of at most 255 characters, on create and on PATCH", async () => {
    const required = { name: ["The name field is required."] };
    const tooLong = { name: ["The name may not be greater than 255 characters."] };
    expect422(await emu.call("POST", api("/clients"), { body: {} }), required);
    expect422(await emu.call("POST", api("/clients"), { body: { name: "   " } }), required);
    expect422(await emu.call("POST", api("/clients"), { body: { name: "n".repeat(256) } }), tooLong);
    const c = await create({ name: "n".repeat(255) });
    expect422(await emu.call("PATCH", api(`/clients/${c.id}`), { body: { name: "" } }), required);
    expect422(await emu.call("PATCH", api(`/clients/${c.id}`), { body: { name: "n".repeat(256) } }), tooLong);
  });

  it("422s an unknown primary_contact_id on create and on PATCH (empty included)", async () => {
    const invalid = { primary_contact_id: ["The selected primary contact id is invalid."] };
    expect422(
      await emu.call("POST", api("/clients"), { body: { name: "Z", primary_contact_id: "nobody" } }),
      invalid,
    );
    const c = await create({ primary_contact_id: INTEGRATION_USER_ID });
    expect422(
      await emu.call("PATCH", api(`/clients/${c.id}`), { body: { primary_contact_id: "nobody" } }),
      invalid,
    );
    expect422(
      await emu.call("PATCH", api(`/clients/${c.id}`), { body: { primary_contact_id: "" } }),
      invalid,
    );
    const cleared = await emu.call("PATCH", api(`/clients/${c.id}`), { body: { primary_contact_id: null } });
    expect(ClientData.parse(cleared.body).primary_contact).toBeNull();
  });
});

describe("delete and restore", () => {
  it("404s the delete of an archived client; restore of an active one is a 200 no-op", async () => {
    const c = await create();
    const restoreActive = await emu.call("POST", api(`/clients/${c.id}/restore`));
    expect(restoreActive.status).toBe(200);
    expect(ClientFullData.parse(restoreActive.body).updated_at).toBe(c.updated_at);
    expect(MessageBody.parse((await emu.call("DELETE", api(`/clients/${c.id}`))).body).message).toBe(
      "Client deleted successfully",
    );
    const again = await emu.call("DELETE", api(`/clients/${c.id}`));
    expect(again.status).toBe(404);
    expect(MessageBody.parse(again.body)).toEqual({ message: "Not Found" });
    emu.tick();
    const restored = await emu.call("POST", api(`/clients/${c.id}/restore`));
    expect(restored.status).toBe(200);
    expect(ClientFullData.parse(restored.body).id).toBe(c.id);
  });
});

describe("find_by on every single-client route", () => {
  it("finds by shortcode and by external id + origin for show, update, keys, delete and restore", async () => {
    const c = await create({ shortcode: "FIND-ME", external_id: "EXT-1", external_origin: "crm" });
    const viaShortcode = (path = "") => api(`/clients/FIND-ME${path}`, { find_by: "shortcode" });
    const viaExternal = (path = "") =>
      api(`/clients/EXT-1${path}`, { find_by: "external_id", origin: "crm" });

    for (const url of [viaShortcode(), viaExternal()]) {
      const res = await emu.get(url);
      expect(res.status).toBe(200);
      expect(ClientData.parse(res.body).id).toBe(c.id);
    }
    const patched = await emu.call("PATCH", viaExternal(), { body: { name: "Found" } });
    expect(ClientData.parse(patched.body).name).toBe("Found");
    const deleted = await emu.call("DELETE", viaShortcode());
    expect(deleted.status).toBe(200);
    const restored = await emu.call("POST", viaExternal("/restore"));
    expect(ClientFullData.parse(restored.body).id).toBe(c.id);
    const external = await emu.call("PUT", viaShortcode("/external-identifier"), {
      body: { external_id: "EXT-2", external_origin: "crm" },
    });
    expect(ClientData.parse(external.body).external_id).toBe("EXT-2");
    const renamed = await emu.call(
      "PUT",
      api("/clients/EXT-2/shortcode", { find_by: "external_id", origin: "crm" }),
      {
        body: { shortcode: "FOUND-2" },
      },
    );
    expect(ClientData.parse(renamed.body).shortcode).toBe("FOUND-2");
    expect((await emu.get(api("/clients/FOUND-2", { find_by: "shortcode" }))).status).toBe(200);
    expect((await emu.get(viaShortcode())).status).toBe(404);
  });

  it("defaults origin to the integration's slug and 404s a key in another origin", async () => {
    const c = await create({ external_id: "SLUGGED" });
    expect(c.external_origin).toBe(INTEGRATION_SLUG);
    expect((await emu.get(api("/clients/SLUGGED", { find_by: "external_id" }))).status).toBe(200);
    expect((await emu.get(api("/clients/SLUGGED", { find_by: "external_id", origin: "other" }))).status).toBe(
      404,
    );
  });
});
