// The storage layer behind share links and the database-backed rate limiter: one module and one
// query layer (Kysely) over an embedded SQLite file or, when DATABASE_URL is set, PostgreSQL shared
// by several instances. The store keeps only what callers hand it.
import { getLogger } from "@/lib/log/logger";
import { readStoreConfig } from "@/lib/store/config";
import { createStore, type Store } from "@/lib/store/store";

export { readStoreConfig, StoreConfigError, STORE_DEFAULTS } from "@/lib/store/config";
export type { StoreConfig, StoreEnv, StoreLocation, StoreSettings } from "@/lib/store/config";
export { StoreInputError } from "@/lib/store/errors";
export { isSnapshotId, SNAPSHOT_ID_PATTERN } from "@/lib/store/ids";
export { MigrationError } from "@/lib/store/migrations";
export { rateLimitWindow } from "@/lib/store/rate-limits";
export type { RateLimitRepository, RateLimitWindow } from "@/lib/store/rate-limits";
export type { SettingsRepository } from "@/lib/store/settings";
export type { CreatedSnapshot, CreateSnapshotInput, Snapshot, SnapshotLookup, SnapshotRepository } from "@/lib/store/snapshots";
export { createStore } from "@/lib/store/store";
export type { CreateStoreConfig, CreateStoreOptions, Store, StoreKind } from "@/lib/store/store";
export type { Instant } from "@/lib/store/time";

// Kept on globalThis so that Next's dev server, which re-evaluates modules on every edit, reuses the
// open database instead of opening (and migrating) another one each time.
const STORE_KEY = Symbol.for("todoku.store");
type StoreHolder = { [STORE_KEY]?: Promise<Store> };

/**
 * The process-wide store, configured from the environment and migrated once. Concurrent first calls
 * share one opening; a failed opening is forgotten so that the next call tries again.
 */
export function getStore(): Promise<Store> {
  const holder = globalThis as StoreHolder;
  const existing = holder[STORE_KEY];
  if (existing) return existing;
  const opening = (async () => {
    const { config, warnings } = readStoreConfig();
    // Opened on the first request that needs it: bad settings go to the structured log.
    for (const warning of warnings) getLogger().warn({ component: "store" }, `store: ${warning}`);
    return createStore(config);
  })();
  holder[STORE_KEY] = opening;
  opening.catch(() => {
    if (holder[STORE_KEY] === opening) delete holder[STORE_KEY];
  });
  return opening;
}

/** Closes the process-wide store, if one was opened (graceful shutdown, tests). */
export async function closeStore(): Promise<void> {
  const holder = globalThis as StoreHolder;
  const opening = holder[STORE_KEY];
  if (!opening) return;
  delete holder[STORE_KEY];
  const store = await opening.catch(() => undefined);
  await store?.close();
}
