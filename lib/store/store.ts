import { resolve } from "node:path";
import { Kysely, sql, type LogEvent } from "kysely";
import { getLogger } from "@/lib/log/logger";
import { STORE_DEFAULTS, type StoreLocation, type StoreSettings } from "@/lib/store/config";
import { migrateToLatest } from "@/lib/store/migrations";
import { createPostgresDialect, createPostgresPool } from "@/lib/store/postgres";
import { createRateLimitRepository, rateLimitRetentionMs, type RateLimitRepository } from "@/lib/store/rate-limits";
import type { StoreSchema } from "@/lib/store/schema";
import { createSettingsRepository, type SettingsRepository } from "@/lib/store/settings";
import { createSnapshotRepository, type SnapshotRepository } from "@/lib/store/snapshots";
import { createSqliteDialect } from "@/lib/store/sqlite";
import { HOUR_MS } from "@/lib/store/time";

export type StoreKind = StoreLocation["kind"];

export interface Store {
  readonly kind: StoreKind;
  readonly snapshots: SnapshotRepository;
  readonly rateLimits: RateLimitRepository;
  readonly settings: SettingsRepository;
  /** Waits for background purges, then closes the connection (SQLite) or the pool (PostgreSQL). */
  close(): Promise<void>;
}

export type CreateStoreConfig = StoreLocation & Partial<StoreSettings>;

export interface CreateStoreOptions {
  /** Purge expired snapshots and old rate-limit windows in the background (at start, then at most hourly). Default true. */
  autoPurge?: boolean;
  /** Receives each statement's SQL text (never its parameters), e.g. for tests that count queries. */
  onQuery?: (sql: string) => void;
  /** Largest snapshot payload accepted, as UTF-8 JSON. Default 1 MiB. */
  maxPayloadBytes?: number;
}

const DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;
const PURGE_INTERVAL_MS = HOUR_MS;

/**
 * Runs maintenance off the request path: at most once per interval per task, never awaited by the
 * caller that triggered it, and awaited by `close()` so that nothing runs against a closed database.
 */
class BackgroundTasks {
  readonly #pending = new Set<Promise<void>>();
  readonly #lastRun = new Map<string, number>();
  #closed = false;

  runThrottled(name: string, task: () => Promise<unknown>): void {
    if (this.#closed) return;
    const now = Date.now();
    const last = this.#lastRun.get(name);
    if (last !== undefined && now - last < PURGE_INTERVAL_MS) return;
    this.#lastRun.set(name, now);
    const running: Promise<void> = task()
      .then(
        () => undefined,
        (error: unknown) => {
          getLogger().warn({ component: "store" }, `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
        },
      )
      .finally(() => this.#pending.delete(running));
    this.#pending.add(running);
  }

  async close(): Promise<void> {
    this.#closed = true;
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }
}

/**
 * Migrations of one SQLite file by two stores in the same process must not overlap: the second would
 * wait for the first's write lock inside SQLite's busy handler, which blocks the very thread the first
 * needs to commit. Across processes, SQLite's lock alone serialises them.
 */
const sqliteMigrations = new Map<string, Promise<unknown>>();

async function migrateSqliteOnce(path: string, db: Kysely<StoreSchema>): Promise<string[]> {
  // Every ":memory:" connection is a database of its own: nothing to serialise.
  if (path === ":memory:") return migrateToLatest(db as Kysely<unknown>);
  const key = resolve(path);
  const before = sqliteMigrations.get(key) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(() => migrateToLatest(db as Kysely<unknown>));
  sqliteMigrations.set(key, run);
  try {
    return await run;
  } finally {
    if (sqliteMigrations.get(key) === run) sqliteMigrations.delete(key);
  }
}

const kyselyByStore = new WeakMap<Store, Kysely<StoreSchema>>();

/** The query builder behind a store, for tests and maintenance scripts; the app goes through the repositories. */
export function kyselyOf(store: Store): Kysely<StoreSchema> {
  const db = kyselyByStore.get(store);
  if (!db) throw new Error("not a store made by createStore");
  return db;
}

/**
 * Opens a store, brings its schema up to date and, unless `autoPurge` is false, starts the first
 * purge in the background. The app uses `getStore()`; tests and scripts call this directly.
 */
export async function createStore(config: CreateStoreConfig, options: CreateStoreOptions = {}): Promise<Store> {
  const settings = {
    snapshotTtlDays: config.snapshotTtlDays ?? STORE_DEFAULTS.snapshotTtlDays,
    tombstoneDays: config.tombstoneDays ?? STORE_DEFAULTS.tombstoneDays,
    maxPayloadBytes: options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
  };
  const onQuery = options.onQuery;
  // Kysely's log sees parameters too; only the SQL text leaves this function.
  const log = onQuery ? (event: LogEvent) => onQuery(event.query.sql) : undefined;
  const dialect =
    config.kind === "postgres"
      ? createPostgresDialect(createPostgresPool({ url: config.url, poolMax: config.poolMax, schema: config.schema }))
      : createSqliteDialect(config.path);
  const db = new Kysely<StoreSchema>({ dialect, ...(log ? { log } : {}) });

  try {
    if (config.kind === "postgres") {
      // A configured schema is also the connections' search_path; the Migrator creates it (tolerating
      // another instance doing the same at once) before any table goes into it.
      let schema = config.schema;
      if (!schema) {
        const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
        schema = rows[0]?.schema ?? undefined;
      }
      await migrateToLatest(db as Kysely<unknown>, schema);
    } else {
      await migrateSqliteOnce(config.path, db);
    }
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }

  const background = new BackgroundTasks();
  const autoPurge = options.autoPurge ?? true;
  let longestWindowSeconds = 60;
  const purgeSnapshots = () => {
    if (autoPurge) background.runThrottled("snapshot purge", () => snapshots.purgeExpired());
  };
  const snapshots = createSnapshotRepository(db, settings, purgeSnapshots);
  const rateLimits = createRateLimitRepository(db, (windowSeconds) => {
    longestWindowSeconds = Math.max(longestWindowSeconds, windowSeconds);
    if (autoPurge) {
      background.runThrottled("rate-limit purge", () => rateLimits.purge(Date.now() - rateLimitRetentionMs(longestWindowSeconds)));
    }
  });
  const store: Store = {
    kind: config.kind,
    snapshots,
    rateLimits,
    settings: createSettingsRepository(db),
    async close() {
      await background.close();
      await db.destroy();
    },
  };
  kyselyByStore.set(store, db);
  purgeSnapshots();
  return store;
}
