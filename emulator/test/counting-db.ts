import type { Db } from "../../backend/db/db.ts";

/** `inner`, with the SQL of every query it runs pushed onto `statements` (the test empties it). */
export const countingDb = (inner: Db, statements: string[]): Db => ({
  ...inner,
  query: (sql, params) => {
    statements.push(sql);
    return inner.query(sql, params);
  },
});
