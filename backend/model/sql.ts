/** SQL snippets shared by the models. */

/** API date-time text (`2019-08-24T14:15:22Z`), the same from PGlite and node-postgres. */
export const isoSeconds = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Lossless timestamp text for cursors (microseconds). */
export const isoMicros = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export const isoDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
