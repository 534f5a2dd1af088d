import pg from "pg";
import { PostgresDialect } from "kysely";
import { getLogger } from "@/lib/log/logger";

/** A schema name that can go into `search_path` and SQL without quoting. */
export const SCHEMA_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/** Bounds on waiting for the database, so that a request fails instead of hanging when it is down. */
const CONNECT_TIMEOUT_MS = 5000;
const STATEMENT_TIMEOUT_MS = 10_000;

/**
 * The store's 64-bit columns hold epoch milliseconds and seconds, far below 2^53, so they are read as
 * numbers. Scoped to this pool: the global `pg.types` stays as other code expects it.
 */
const int8AsNumber = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 && format !== "binary"
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  url: string;
  poolMax: number;
  schema?: string;
}

export function createPostgresPool({ url, poolMax, schema }: PostgresOptions): pg.Pool {
  if (schema !== undefined && !SCHEMA_NAME_PATTERN.test(schema)) throw new RangeError(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    types: int8AsNumber,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection that the server drops emits 'error' on the pool; unhandled, it would end the process.
  pool.on("error", (error) => {
    getLogger().warn({ component: "store" }, `idle PostgreSQL connection lost: ${error.message}`);
  });
  return pool;
}

export function createPostgresDialect(pool: pg.Pool): PostgresDialect {
  return new PostgresDialect({ pool });
}
