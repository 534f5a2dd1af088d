import { z } from "zod";
import { readNumberSetting } from "@/lib/config/number-settings";

/** Where the store keeps its data: an embedded SQLite file, or a PostgreSQL database shared by several instances. */
export type StoreLocation =
  | { kind: "sqlite"; path: string }
  | {
      kind: "postgres";
      url: string;
      poolMax: number;
      /** Tables go into this schema (created if missing) instead of the connection's default; tests use one each. */
      schema?: string;
    };

export interface StoreSettings {
  /** How long a share link shows its snapshot. */
  snapshotTtlDays: number;
  /**
   * How long an expired snapshot's id still answers "expired" (410) after its payload is erased,
   * counted from its expiry; after that it is deleted and answers "not found" (404).
   */
  tombstoneDays: number;
}

export type StoreConfig = StoreLocation & StoreSettings;

export const STORE_DEFAULTS = {
  databasePath: "./data/todoku.sqlite",
  poolMax: 10,
  snapshotTtlDays: 90,
  tombstoneDays: 30,
} as const;

const TTL_DAYS = z.coerce.number().int().min(1).max(3650);
const POOL_MAX = z.coerce.number().int().min(1).max(100);
const POSTGRES_URL = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL");

export type StoreEnv = Record<string, string | undefined>;

/** A setting that cannot fall back to a default without losing data or splitting instances apart. */
export class StoreConfigError extends Error {
  override name = "StoreConfigError";
}

/**
 * Reads the store's settings from the environment: `DATABASE_URL` selects PostgreSQL, otherwise
 * SQLite at `DATABASE_PATH`. A bad retention or pool size falls back to its default with a warning,
 * like the DNS settings; a malformed `DATABASE_URL` throws instead, because quietly falling back to a
 * local file would give each instance its own share links.
 */
export function readStoreConfig(env: StoreEnv = process.env): { config: StoreConfig; warnings: string[] } {
  const warnings: string[] = [];
  const settings: StoreSettings = {
    snapshotTtlDays: readNumberSetting(env, { variable: "SNAPSHOT_TTL_DAYS", schema: TTL_DAYS }, STORE_DEFAULTS.snapshotTtlDays, warnings),
    tombstoneDays: STORE_DEFAULTS.tombstoneDays,
  };

  const url = env.DATABASE_URL?.trim();
  if (url) {
    const parsed = POSTGRES_URL.safeParse(url);
    // The URL holds the password: the message names the rule, never the value.
    if (!parsed.success) throw new StoreConfigError(`DATABASE_URL ${parsed.error.issues[0]?.message ?? "is invalid"}`);
    const poolMax = readNumberSetting(env, { variable: "DATABASE_POOL_MAX", schema: POOL_MAX }, STORE_DEFAULTS.poolMax, warnings);
    return { config: { kind: "postgres", url: parsed.data, poolMax, ...settings }, warnings };
  }
  const path = env.DATABASE_PATH?.trim() || STORE_DEFAULTS.databasePath;
  return { config: { kind: "sqlite", path, ...settings }, warnings };
}
