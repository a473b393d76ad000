import { INTEGRATION_USER_ID } from "../config.ts";
import { shortcodeBase } from "../domain/shortcode.ts";
import type { Prng } from "./prng.ts";
import type { Batch, ClientRef, SeedWorld } from "./seed-types.ts";
import { COMPANY_HEADS, COMPANY_MIDDLES, COMPANY_TAILS, EXTERNAL_ORIGINS } from "./seed-words.ts";

const DAY = 86_400_000;
const THREE_YEARS = 3 * 365 * DAY;

function companyName(rng: Prng): string {
  const head = rng.pick(COMPANY_HEADS);
  switch (rng.int(0, 4)) {
    case 0:
      return `${head} ${rng.pick(COMPANY_TAILS)}`;
    case 1:
      return `${head} ${rng.pick(COMPANY_MIDDLES)}`;
    case 2:
      return `${head} ${rng.pick(COMPANY_MIDDLES)} ${rng.pick(COMPANY_TAILS)}`;
    case 3:
      return `${head} & ${rng.pick(COMPANY_HEADS)}`;
    default:
      return `${head} ${rng.pick(COMPANY_MIDDLES)} ${rng.pick(COMPANY_MIDDLES)}`;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Appends client number `index` to `batch`; its projects, tasks and comments come from `makeProjects` with the returned ref. */
export function addClient(world: SeedWorld, index: number, batch: Batch): ClientRef {
  const { rng } = world;
  const id = rng.uuid();
  const name = companyName(rng);
  let shortcode: string | null = null;
  if (!rng.chance(0.03)) {
    const base = shortcodeBase(name);
    const n = (world.shortcodeCounters.get(base) ?? 0) + 1;
    world.shortcodeCounters.set(base, n);
    shortcode = `${base}${n}`;
  }
  const created = world.anchor - Math.floor(rng.next() * THREE_YEARS);
  const updated = created + Math.floor(rng.next() * (world.anchor - created));
  const archived = rng.chance(0.08);
  const shared = rng.chance(0.05);
  const partners = world.spaces.filter((s) => !s.is_home);
  const originSpace = shared ? rng.pick(partners) : null;

  const contactRoll = rng.next();
  let contact: string | null = null;
  if (contactRoll >= 0.1 && contactRoll < 0.15) contact = INTEGRATION_USER_ID;
  else if (contactRoll >= 0.15) {
    const pool = originSpace ? (world.partnerStaff.get(originSpace.id) ?? world.staff) : world.staff;
    contact = rng.pick(pool).id;
  }

  let externalId: string | null = null;
  let externalOrigin: string | null = null;
  if (rng.chance(0.15)) {
    const [origin, prefix] = rng.pick(EXTERNAL_ORIGINS);
    externalOrigin = origin;
    externalId = `${prefix}-${100_000 + index}`;
  }

  batch.clients.push({
    id,
    name,
    shortcode,
    segment: rng.weighted([
      ["A", 20],
      ["B", 50],
      ["C", 30],
    ]),
    primary_contact_id: contact,
    origin_space_id: originSpace?.id ?? null,
    external_id: externalId,
    external_origin: externalOrigin,
    created_at: iso(created),
    updated_at: iso(updated),
    deleted_at: archived ? iso(updated) : null,
  });

  return {
    id,
    code: shortcode ?? shortcodeBase(name),
    created,
    withComments: rng.chance(0.15),
  };
}
