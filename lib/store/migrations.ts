import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE } from "@/lib/store/schema";

// Migrations live in code rather than in files read at run time: Next bundles the server code, so
// there is no migrations folder next to it in production. Names sort in the order they must run.
// Each statement is written to be harmless when repeated (IF NOT EXISTS), so that a migration
// interrupted half-way on SQLite, where DDL is not run in one transaction by Kysely, converges when
// it runs again.
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001_initial": {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("snapshots")
        .ifNotExists()
        .addColumn("id", "text", (column) => column.primaryKey().notNull())
        .addColumn("created_at", "bigint", (column) => column.notNull())
        .addColumn("expires_at", "bigint", (column) => column.notNull())
        .addColumn("app_version", "text", (column) => column.notNull())
        .addColumn("locale", "text", (column) => column.notNull())
        .addColumn("payload", "text")
        .execute();
      // The purge selects by expiry; so does nothing else, and id lookups use the primary key.
      await db.schema.createIndex("snapshots_expires_at").ifNotExists().on("snapshots").column("expires_at").execute();

      await db.schema
        .createTable("rate_limits")
        .ifNotExists()
        .addColumn("key", "text", (column) => column.notNull())
        .addColumn("window_start", "bigint", (column) => column.notNull())
        .addColumn("count", "integer", (column) => column.notNull())
        .addPrimaryKeyConstraint("rate_limits_pkey", ["key", "window_start"])
        .execute();
      // The primary key leads with the client key; purging old windows of every client needs its own index.
      await db.schema.createIndex("rate_limits_window_start").ifNotExists().on("rate_limits").column("window_start").execute();

      await db.schema
        .createTable("settings")
        .ifNotExists()
        .addColumn("key", "text", (column) => column.primaryKey().notNull())
        .addColumn("value", "text", (column) => column.notNull())
        .execute();
    },
  },
};

const provider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};

export class MigrationError extends Error {
  override name = "MigrationError";
}

/**
 * Brings the schema up to date and returns the names of the migrations this call applied (none when
 * another instance got there first). On PostgreSQL, Kysely serialises concurrent callers with an
 * advisory lock and runs the migrations in one transaction; on SQLite the dialect's adapter takes
 * the database's write lock (see `sqlite.ts`).
 */
export async function migrateToLatest(db: Kysely<unknown>, migrationTableSchema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
    // Without a schema, Kysely looks for its table in every schema and could find another copy of it.
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === "Error")?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`store migration ${failed ?? "setup"} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((result) => result.status === "Success").map((result) => result.migrationName);
}
