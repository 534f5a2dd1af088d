import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { CreateStoreConfig } from "@/lib/store/store";

/** One empty database for a test: a temp SQLite file, or a fresh schema in the PostgreSQL test database. */
export interface TestDatabase {
  config: CreateStoreConfig;
  dispose(): Promise<void>;
}

export interface TestBackend {
  kind: "sqlite" | "postgres";
  /** Set when this backend cannot run here; the suite is skipped with this as its reason. */
  skipReason?: string;
  fresh(): Promise<TestDatabase>;
}

export const POSTGRES_SKIP_REASON =
  "TEST_DATABASE_URL is not set, so there is no PostgreSQL to test against " +
  "(CI sets it; locally: export TEST_DATABASE_URL=$(bash scripts/pg-throwaway.sh start))";

export const sqliteBackend: TestBackend = {
  kind: "sqlite",
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), "todoku-store-"));
    return {
      config: { kind: "sqlite", path: join(dir, "nested", "todoku.sqlite") },
      async dispose() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/**
 * Each test gets a schema of its own in the test database, so that tests running side by side (and
 * leftovers of earlier runs) never see each other's rows; the schema is dropped afterwards.
 */
export function postgresBackend(url: string | undefined): TestBackend {
  return {
    kind: "postgres",
    ...(url ? {} : { skipReason: POSTGRES_SKIP_REASON }),
    async fresh() {
      if (!url) throw new Error(POSTGRES_SKIP_REASON);
      const schema = `todoku_test_${randomBytes(6).toString("hex")}`;
      return {
        config: { kind: "postgres", url, poolMax: 10, schema },
        async dispose() {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            await client.query(`drop schema if exists ${schema} cascade`);
          } finally {
            await client.end();
          }
        },
      };
    },
  };
}

export const TEST_BACKENDS: TestBackend[] = [sqliteBackend, postgresBackend(process.env.TEST_DATABASE_URL?.trim() || undefined)];

/** Whether a statement records an applied migration in Kysely's table (either dialect, with or without a schema). */
export function recordsMigration(statement: string): boolean {
  return /^insert into (?:"[a-z0-9_]+"\.)?"todoku_migration" /.test(statement);
}
