import { HOME_SPACE_ID, INTEGRATION_USER_ID } from "../config.ts";
import type { Prng } from "./prng.ts";
import type { ProjectTypeRow, SpaceRow, UserRow } from "./seed-types.ts";
import { FIRST_NAMES, LAST_NAMES } from "./seed-words.ts";

export function makeSpaces(rng: Prng): SpaceRow[] {
  return [
    { id: HOME_SPACE_ID, name: "Northwind Agency", is_home: true },
    ...["Bluefin Partners", "Helios Tax Advisors", "Orbit Studio"].map((name) => ({
      id: rng.uuid(),
      name,
      is_home: false,
    })),
  ];
}

function emailPart(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

/** ~40 home users (user/guest/tax_advisor), a few per partner space, and the integration user. */
export function makeUsers(rng: Prng, spaces: readonly SpaceRow[]): UserRow[] {
  const users: UserRow[] = [
    {
      id: INTEGRATION_USER_ID,
      first_name: "Console",
      last_name: "Integration",
      email: "console@integration.kanbert.test",
      type: "integration",
      space_id: HOME_SPACE_ID,
    },
  ];
  const emails = new Set(users.map((u) => u.email));
  const add = (spaceId: string, domain: string, type: UserRow["type"]) => {
    for (;;) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      const email = `${emailPart(first)}.${emailPart(last)}@${domain}`;
      if (emails.has(email)) continue;
      emails.add(email);
      users.push({ id: rng.uuid(), first_name: first, last_name: last, email, type, space_id: spaceId });
      return;
    }
  };
  for (let i = 0; i < 40; i++) {
    const type = rng.weighted<UserRow["type"]>([
      ["user", 80],
      ["guest", 12],
      ["tax_advisor", 8],
    ]);
    add(HOME_SPACE_ID, "northwind.test", type);
  }
  for (const space of spaces.filter((s) => !s.is_home)) {
    for (let i = 0; i < 3; i++) add(space.id, `${emailPart(space.name)}.test`, "user");
  }
  return users;
}

export function makeProjectTypes(rng: Prng): ProjectTypeRow[] {
  const types: [string, string, string][] = [
    ["Consulting", "CON", "#2563eb"],
    ["Accounting", "ACC", "#16a34a"],
    ["Design", "DES", "#db2777"],
    ["Development", "DEV", "#9333ea"],
  ];
  return types.map(([title, shortcode, color], i) => ({
    id: rng.uuid(),
    title,
    shortcode,
    color,
    sort_order: i + 1,
    is_default: i === 0,
  }));
}
