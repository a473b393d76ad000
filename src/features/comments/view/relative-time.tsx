const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["week", 7 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const exact = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** "3 days ago", "yesterday", "just now". */
function relativeTime(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

const exactTime = (iso: string) => exact.format(Date.parse(iso));

/** Relative time to read at a glance; the exact time on hover and for screen readers. */
export function RelativeTime({ iso }: { iso: string | null }) {
  if (iso === null || Number.isNaN(Date.parse(iso))) return <span>at an unknown time</span>;
  const full = exactTime(iso);
  return (
    <time dateTime={iso} title={full}>
      <span aria-hidden="true">{relativeTime(iso)}</span>
      <span className="sr-only">{full}</span>
    </time>
  );
}
