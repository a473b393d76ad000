import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClientFullPage } from "../../src/kanbert/clients.ts";
import { ClientData, ClientFullData, MessageBody, ValidationErrorBody } from "../../src/kanbert/schemas.ts";
import { INTEGRATION_SLUG, INTEGRATION_USER_ID } from "../config.ts";
import { api, CLOCK, type Emulator, startEmulator } from "./harness.ts";

// Each test creates the clients it needs (beyond the seed), so each passes alone with -t.
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ clients: 80 });
});
afterAll(async () => {
  await emu.db.close();
});

const create = (body: unknown) => emu.call("POST", api("/clients"), { body });

async function created(body: Record<string, unknown>) {
  const res = await create(body);
  expect(res.status).toBe(201);
  return ClientFullData.parse(res.body);
}

function expect422(res: { status: number; body: unknown }, field: string, message?: string) {
  expect(res.status).toBe(422);
  const body = ValidationErrorBody.parse(res.body);
  expect(Object.keys(body.errors)).toContain(field);
  if (message) expect(body.errors[field]).toEqual([message]);
  return body;
}

async function seededClient(where: string) {
  const { rows } = await emu.db.query(
    `select id, shortcode, external_id, external_origin from clients where ${where} limit 1`,
  );
  const row = rows[0];
  if (!row) throw new Error(`no seeded client where ${where}`);
  return {
    id: String(row.id),
    shortcode: String(row.shortcode),
    externalId: String(row.external_id),
    origin: String(row.external_origin),
  };
}

describe("POST /clients", () => {
  it("creates with defaults: generated shortcode, segment B, timestamps", async () => {
    const client = await created({ name: "Müller Bau GmbH" });
    expect(client).toMatchObject({
      name: "Müller Bau GmbH",
      shortcode: "MULLBG",
      segment: "B",
      external_id: null,
      external_origin: null,
      primary_contact: null,
      origin_space: null,
      created_at: CLOCK.toISOString().replace(".000", ""),
    });
    expect(client.updated_at).toBe(client.created_at);
    const again = await created({ name: "Müller Bau GmbH", shortcode: "" });
    expect(again.shortcode).toBe("MULLBG2");
    const third = await created({ name: "müller bau gmbh", shortcode: null });
    expect(third.shortcode).toBe("MULLBG3");
  });

  it("takes every field and defaults external_origin to the integration slug", async () => {
    const client = await created({
      name: "  O'Brien & Sons  ",
      shortcode: "OBRIEN",
      segment: "A",
      primary_contact_id: INTEGRATION_USER_ID,
      external_id: "CRM-1",
    });
    expect(client).toMatchObject({
      name: "O'Brien & Sons",
      shortcode: "OBRIEN",
      segment: "A",
      external_id: "CRM-1",
      external_origin: INTEGRATION_SLUG,
    });
    expect(client.primary_contact?.id).toBe(INTEGRATION_USER_ID);
    const hub = await created({ name: "Hub", external_id: "CRM-1", external_origin: "hubspot" });
    expect(hub.external_origin).toBe("hubspot");
  });

  it("422s a missing, empty or too long name", async () => {
    expect422(await create({}), "name", "The name field is required.");
    expect422(await create({ name: "   " }), "name", "The name field is required.");
    expect422(
      await create({ name: "x".repeat(256) }),
      "name",
      "The name may not be greater than 255 characters.",
    );
    expect422(await create({ name: 42 }), "name");
    expect422(await create({ name: "ok", segment: "Z" }), "segment");
  });

  it("422s a taken shortcode (case-insensitive, archived included), external id or unknown contact", async () => {
    const archived = await seededClient("deleted_at is not null and shortcode is not null");
    expect422(
      await create({ name: "A", shortcode: archived.shortcode.toLowerCase() }),
      "shortcode",
      "The shortcode has already been taken.",
    );
    const ext = await seededClient("external_id is not null");
    expect422(
      await create({ name: "B", external_id: ext.externalId, external_origin: ext.origin }),
      "external_id",
    );
    expect422(await create({ name: "C", primary_contact_id: "nobody" }), "primary_contact_id");
    await created({ name: "Taken Post", shortcode: "TAKENP" });
    const res = await create({ name: "D", shortcode: "TAKENP", primary_contact_id: "nobody" });
    const body = expect422(res, "shortcode");
    expect(body.message).toBe("The shortcode has already been taken. (and 1 more error)");
  });

  it("400s a body that is not JSON and 422s a non-object body", async () => {
    expect((await create("{nope")).status).toBe(400);
    expect((await create([1])).status).toBe(422);
  });
});

describe("GET /clients/{id}", () => {
  it("finds by id, shortcode and external id (+origin), archived included", async () => {
    const archived = await seededClient("deleted_at is not null and shortcode is not null");
    const byId = await emu.get(api(`/clients/${archived.id}`));
    expect(byId.status).toBe(200);
    expect(ClientData.parse(byId.body).id).toBe(archived.id);
    expect(byId.body).not.toHaveProperty("segment");

    const byCode = await emu.get(
      api(`/clients/${archived.shortcode.toLowerCase()}`, { find_by: "shortcode" }),
    );
    expect(ClientData.parse(byCode.body).id).toBe(archived.id);

    const ext = await seededClient("external_id is not null");
    const byExt = await emu.get(
      api(`/clients/${ext.externalId}`, { find_by: "external_id", origin: ext.origin }),
    );
    expect(ClientData.parse(byExt.body).id).toBe(ext.id);
    // Without origin the integration's slug is used, so a hubspot id is not found.
    expect((await emu.get(api(`/clients/${ext.externalId}`, { find_by: "external_id" }))).status).toBe(404);
    await created({ name: "Own Ext", external_id: "CRM-GET" });
    const own = await emu.get(api("/clients/CRM-GET", { find_by: "external_id" }));
    expect(ClientData.parse(own.body).external_origin).toBe(INTEGRATION_SLUG);
  });

  it("404s unknown clients and 422s an invalid find_by", async () => {
    const missing = await emu.get(api("/clients/does-not-exist"));
    expect(missing.status).toBe(404);
    expect(MessageBody.parse(missing.body)).toEqual({ message: "Not Found" });
    expect422(await emu.get(api("/clients/x", { find_by: "name" })), "find_by");
  });
});

describe("PATCH /clients/{id}", () => {
  it("updates name, segment and contact, clears the contact with null, bumps updated_at", async () => {
    const client = await created({ name: "Patch Me", primary_contact_id: INTEGRATION_USER_ID });
    emu.tick(5000);
    const res = await emu.call("PATCH", api(`/clients/${client.shortcode}`, { find_by: "shortcode" }), {
      body: { name: "Patched", segment: "C" },
    });
    expect(res.status).toBe(200);
    expect(ClientData.parse(res.body)).toMatchObject({
      name: "Patched",
      primary_contact: { id: INTEGRATION_USER_ID },
    });
    const cleared = await emu.call("PATCH", api(`/clients/${client.id}`), {
      body: { primary_contact_id: null },
    });
    expect(ClientData.parse(cleared.body).primary_contact).toBeNull();
    const { rows } = await emu.db.query(
      "select segment, updated_at > created_at as bumped from clients where id = $1",
      [client.id],
    );
    expect(rows[0]).toEqual({ segment: "C", bumped: true });
  });

  it("422s invalid fields and 404s unknown clients", async () => {
    const client = await created({ name: "Patch Fail" });
    expect422(await emu.call("PATCH", api(`/clients/${client.id}`), { body: { name: "" } }), "name");
    expect422(
      await emu.call("PATCH", api(`/clients/${client.id}`), { body: { primary_contact_id: "x" } }),
      "primary_contact_id",
    );
    expect((await emu.call("PATCH", api("/clients/nope"), { body: { name: "x" } })).status).toBe(404);
  });
});

describe("DELETE and restore", () => {
  it("archives, hides from lists, 404s a second delete, restores, and restore of an active client is a no-op", async () => {
    const client = await created({ name: "Short Lived", shortcode: "SHORTL" });
    const del = await emu.call("DELETE", api(`/clients/${client.id}`));
    expect(del.status).toBe(200);
    expect(MessageBody.parse(del.body)).toEqual({ message: "Client deleted successfully" });
    expect((await emu.call("DELETE", api(`/clients/${client.id}`))).status).toBe(404);
    expect((await emu.get(api(`/clients/${client.id}`))).status).toBe(200);
    expect422(await create({ name: "Reuse", shortcode: "SHORTL" }), "shortcode");

    const list = ClientFullPage.parse(
      (await emu.get(api("/clients/full", { sort: "-created_at", "page[size]": 100 }))).body,
    );
    expect(list.data.map((c) => c.id)).not.toContain(client.id);

    emu.tick(1000);
    const restored = await emu.call("POST", api("/clients/SHORTL/restore", { find_by: "shortcode" }));
    expect(restored.status).toBe(200);
    const full = ClientFullData.parse(restored.body);
    expect(full.id).toBe(client.id);
    expect(full.updated_at > client.updated_at).toBe(true);
    const again = await emu.call("POST", api(`/clients/${client.id}/restore`));
    expect(again.status).toBe(200);
    expect(ClientFullData.parse(again.body).updated_at).toBe(full.updated_at);
    expect((await emu.call("POST", api("/clients/nope/restore"))).status).toBe(404);
  });
});

describe("PUT /clients/{id}/shortcode and /external-identifier", () => {
  it("sets a shortcode, keeps its own, and 422s a taken or empty one", async () => {
    await created({ name: "Taken Put", shortcode: "TAKENS" });
    const client = await created({ name: "Code Change" });
    const res = await emu.call("PUT", api(`/clients/${client.id}/shortcode`), {
      body: { shortcode: "NEWCODE" },
    });
    expect(res.status).toBe(200);
    expect(ClientData.parse(res.body).shortcode).toBe("NEWCODE");
    const same = await emu.call("PUT", api(`/clients/${client.id}/shortcode`), {
      body: { shortcode: "newcode" },
    });
    expect(ClientData.parse(same.body).shortcode).toBe("newcode");
    const url = api(`/clients/${client.id}/shortcode`);
    expect422(
      await emu.call("PUT", url, { body: { shortcode: "TAKENS" } }),
      "shortcode",
      "The shortcode has already been taken.",
    );
    expect422(
      await emu.call("PUT", url, { body: { shortcode: " " } }),
      "shortcode",
      "The shortcode field is required.",
    );
    expect422(await emu.call("PUT", url, { body: {} }), "shortcode", "The shortcode field is required.");
  });

  it("sets, defaults the origin of, clears and guards external identifiers", async () => {
    await created({ name: "Taken Ext", external_id: "CRM-PUT" });
    const client = await created({ name: "Ext Change" });
    const url = api(`/clients/${client.id}/external-identifier`);
    const set = await emu.call("PUT", url, { body: { external_id: "SF-9", external_origin: "salesforce" } });
    expect(ClientData.parse(set.body)).toMatchObject({ external_id: "SF-9", external_origin: "salesforce" });
    const byExt = await emu.get(api("/clients/SF-9", { find_by: "external_id", origin: "salesforce" }));
    expect(ClientData.parse(byExt.body).id).toBe(client.id);
    const own = await emu.call("PUT", url, { body: { external_id: "EXT-7" } });
    expect(ClientData.parse(own.body)).toMatchObject({
      external_id: "EXT-7",
      external_origin: INTEGRATION_SLUG,
    });
    expect422(await emu.call("PUT", url, { body: { external_id: "CRM-PUT" } }), "external_id");
    const cleared = await emu.call("PUT", url, { body: { external_id: null } });
    expect(ClientData.parse(cleared.body)).toMatchObject({ external_id: null, external_origin: null });
  });
});
