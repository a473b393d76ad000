import type { SpecialValue, TodayOffsetValue } from "./ast.ts";
import { MAX_DAY_OFFSET, SPECIAL_NAMES } from "./ast.ts";

/** `me.id`, `today-30d` … — how a special value is written. */
export function specialToken(value: SpecialValue | TodayOffsetValue): string {
  if (value.kind === "special") return value.name;
  return `today${value.days < 0 ? "-" : "+"}${Math.abs(value.days)}d`;
}

/**
 * The special value a JSON / form string stands for when it is exactly a special token
 * (SPEC §6.2: `"today"` in JSON is the special, so JSON cannot say the literal text "today").
 */
export function fromSpecialToken(text: string): SpecialValue | TodayOffsetValue | undefined {
  const name = SPECIAL_NAMES.find((candidate) => candidate === text);
  if (name !== undefined) return { kind: "special", name };
  const match = /^today([+-])(\d{1,9})d$/.exec(text);
  if (match === null) return undefined;
  const days = match[1] === "-" ? -Number(match[2]) : Number(match[2]);
  if (Math.abs(days) > MAX_DAY_OFFSET) return undefined;
  return { kind: "today-offset", days: days === 0 ? 0 : days };
}
