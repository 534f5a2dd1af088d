// Times are epoch milliseconds in a 64-bit integer column on both dialects (SQLite INTEGER, PostgreSQL
// bigint), so comparisons and the purge's index range need no date parsing on either.

export interface SnapshotsTable {
  id: string;
  created_at: number;
  expires_at: number;
  app_version: string;
  locale: string;
  /** The snapshot as JSON text; NULL once purged, when the row stays only as a tombstone. */
  payload: string | null;
}

export interface RateLimitsTable {
  key: string;
  /** Epoch seconds at which the counted window starts. */
  window_start: number;
  count: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface StoreSchema {
  snapshots: SnapshotsTable;
  rate_limits: RateLimitsTable;
  settings: SettingsTable;
}

/** Kysely's bookkeeping tables, named for this app so they cannot clash with another app's in a shared database. */
export const MIGRATION_TABLE = "todoku_migration";
export const MIGRATION_LOCK_TABLE = "todoku_migration_lock";
