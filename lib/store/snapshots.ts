import type { Kysely } from "kysely";
import { StoreInputError } from "@/lib/store/errors";
import { isSnapshotId, newSnapshotId } from "@/lib/store/ids";
import type { StoreSchema } from "@/lib/store/schema";
import { DAY_MS, toMillis, type Instant } from "@/lib/store/time";

export interface CreateSnapshotInput {
  /** Serialised with JSON.stringify; the caller has already masked addresses and left out the raw mail. */
  payload: unknown;
  locale: string;
  appVersion: string;
  /** Defaults to the store's `SNAPSHOT_TTL_DAYS`. */
  ttlDays?: number;
  now?: Instant;
}

export interface CreatedSnapshot {
  id: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface Snapshot extends CreatedSnapshot {
  appVersion: string;
  locale: string;
  payload: unknown;
  /** The payload exactly as stored, for responses that pass it through without re-serialising. */
  payloadJson: string;
}

export type SnapshotLookup =
  | { status: "ok"; snapshot: Snapshot }
  | { status: "expired"; expiredAt: Date }
  | { status: "not_found" };

export interface SnapshotRepository {
  create(input: CreateSnapshotInput): Promise<CreatedSnapshot>;
  /** A malformed id is `not_found` without touching the database. */
  get(id: string, now?: Instant): Promise<SnapshotLookup>;
  /**
   * Erases the payload of every snapshot expired by `now` and returns how many it erased. The row
   * stays as a tombstone so that the link answers "expired" (410) rather than "not found" (404);
   * tombstones older than the store's tombstone period past their expiry are deleted.
   */
  purgeExpired(now?: Instant): Promise<number>;
}

export interface SnapshotSettings {
  snapshotTtlDays: number;
  tombstoneDays: number;
  maxPayloadBytes: number;
}

const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const MAX_LOCALE_LENGTH = 35;
const MAX_APP_VERSION_LENGTH = 64;
const MAX_TTL_DAYS = 3650;

function checkInput(input: CreateSnapshotInput, settings: SnapshotSettings): { json: string; ttlDays: number } {
  if (typeof input.locale !== "string" || input.locale.length > MAX_LOCALE_LENGTH || !LOCALE.test(input.locale)) {
    throw new StoreInputError("snapshot locale must be a language tag");
  }
  if (typeof input.appVersion !== "string" || input.appVersion.length === 0 || input.appVersion.length > MAX_APP_VERSION_LENGTH) {
    throw new StoreInputError(`snapshot appVersion must be 1–${MAX_APP_VERSION_LENGTH} characters`);
  }
  const ttlDays = input.ttlDays ?? settings.snapshotTtlDays;
  if (!Number.isInteger(ttlDays) || ttlDays < 1 || ttlDays > MAX_TTL_DAYS) {
    throw new StoreInputError(`snapshot ttlDays must be a whole number of days from 1 to ${MAX_TTL_DAYS}`);
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(input.payload);
  } catch (error) {
    throw new StoreInputError(`snapshot payload is not serialisable as JSON: ${(error as Error).message}`);
  }
  if (json === undefined) throw new StoreInputError("snapshot payload is not serialisable as JSON");
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes > settings.maxPayloadBytes) {
    throw new StoreInputError(`snapshot payload is ${bytes} bytes; the limit is ${settings.maxPayloadBytes}`);
  }
  return { json, ttlDays };
}

/** The purge's first statement, built separately so that tests can check its plan uses the expiry index. */
export function erasePayloadsQuery(db: Kysely<StoreSchema>, nowMs: number) {
  return db.updateTable("snapshots").set({ payload: null }).where("expires_at", "<=", nowMs).where("payload", "is not", null);
}

/** The purge's second statement: tombstones whose grace period has passed. */
export function deleteTombstonesQuery(db: Kysely<StoreSchema>, cutoffMs: number) {
  return db.deleteFrom("snapshots").where("expires_at", "<=", cutoffMs);
}

export function createSnapshotRepository(
  db: Kysely<StoreSchema>,
  settings: SnapshotSettings,
  afterCreate: () => void,
): SnapshotRepository {
  return {
    async create(input) {
      const { json, ttlDays } = checkInput(input, settings);
      const createdMs = toMillis(input.now);
      const expiresMs = createdMs + ttlDays * DAY_MS;
      // 144 random bits: a collision is not a case worth a retry path.
      const id = newSnapshotId();
      await db
        .insertInto("snapshots")
        .values({ id, created_at: createdMs, expires_at: expiresMs, app_version: input.appVersion, locale: input.locale, payload: json })
        .execute();
      afterCreate();
      return { id, createdAt: new Date(createdMs), expiresAt: new Date(expiresMs) };
    },

    async get(id, now) {
      if (!isSnapshotId(id)) return { status: "not_found" };
      const nowMs = toMillis(now);
      const row = await db.selectFrom("snapshots").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) return { status: "not_found" };
      const expiresAt = new Date(Number(row.expires_at));
      // A NULL payload is a purged snapshot, even if this instance's clock says it has not expired yet.
      if (Number(row.expires_at) <= nowMs || row.payload === null) return { status: "expired", expiredAt: expiresAt };
      return {
        status: "ok",
        snapshot: {
          id: row.id,
          createdAt: new Date(Number(row.created_at)),
          expiresAt,
          appVersion: row.app_version,
          locale: row.locale,
          payload: JSON.parse(row.payload) as unknown,
          payloadJson: row.payload,
        },
      };
    },

    async purgeExpired(now) {
      const nowMs = toMillis(now);
      const erased = await erasePayloadsQuery(db, nowMs).executeTakeFirst();
      await deleteTombstonesQuery(db, nowMs - settings.tombstoneDays * DAY_MS).execute();
      return Number(erased.numUpdatedRows);
    },
  };
}
