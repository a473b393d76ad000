const format = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A timestamp as a person reads it, with the exact value for machines. */
export function DateTime({ iso }: { iso: string }) {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return <>{iso}</>;
  return <time dateTime={iso}>{format.format(time)}</time>;
}
