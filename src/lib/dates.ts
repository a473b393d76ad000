const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined): Intl.DateTimeFormat {
  // Stryker disable next-line StringLiteral: any fixed text that is not a locale works as the default locale's cache key
  const key = locale ?? "";
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    formatters.set(key, found);
  }
  return found;
}

/** "12 Mar 2024" style date for an ISO timestamp; the raw text when it is not a date. */
export function formatDate(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return formatter(locale).format(time);
}
