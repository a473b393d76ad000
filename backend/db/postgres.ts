import pg from "pg";
import type { Db, Queryable, Row } from "./db.ts";

// Timestamps and dates are formatted in SQL; keep every other value as the driver's plain text/number.
function isRow(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query(sql, params = []) {
      const result = await target.query(sql, [...params]);
      const rows: unknown[] = result.rows;
      return { rows: rows.filter(isRow), affectedRows: result.rowCount ?? 0 };
    },
    async exec(sql) {
      await target.query(sql);
    },
  };
}

export function openPostgres(connectionString: string): Db {
  const pool = new pg.Pool({ connectionString, max: 8 });
  // An idle pooled connection the server ends (restart, `drop database … with (force)`) is reported
  // here; without a listener Node treats it as an uncaught error. The next query simply reconnects.
  pool.on("error", () => {});
  const base = wrap(pool);
  return {
    kind: "postgres",
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
