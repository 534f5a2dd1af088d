import { z } from "zod";

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

function numberSetting(env: StoreEnv, variable: string, schema: z.ZodType<number>, fallback: number, warnings: string[]): number {
  const raw = env[variable]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const rule = parsed.error.issues[0]?.message ?? "invalid";
  warnings.push(`${variable}="${raw}" ignored (${rule}); using ${fallback}`);
  return fallback;
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
    snapshotTtlDays: numberSetting(env, "SNAPSHOT_TTL_DAYS", TTL_DAYS, STORE_DEFAULTS.snapshotTtlDays, warnings),
    tombstoneDays: STORE_DEFAULTS.tombstoneDays,
  };

  const url = env.DATABASE_URL?.trim();
  if (url) {
    const parsed = POSTGRES_URL.safeParse(url);
    // The URL holds the password: the message names the rule, never the value.
    if (!parsed.success) throw new StoreConfigError(`DATABASE_URL ${parsed.error.issues[0]?.message ?? "is invalid"}`);
    const poolMax = numberSetting(env, "DATABASE_POOL_MAX", POOL_MAX, STORE_DEFAULTS.poolMax, warnings);
    return { config: { kind: "postgres", url: parsed.data, poolMax, ...settings }, warnings };
  }
  const path = env.DATABASE_PATH?.trim() || STORE_DEFAULTS.databasePath;
  return { config: { kind: "sqlite", path, ...settings }, warnings };
}
