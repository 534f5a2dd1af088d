import { randomBytes } from "node:crypto";

/** What a share-link id may look like; anything else is answered "not found" without a query. */
export const SNAPSHOT_ID_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

/** Bytes of randomness in a new id: 144 bits, 24 base64url characters with no padding. */
const ID_BYTES = 18;

export function newSnapshotId(): string {
  return randomBytes(ID_BYTES).toString("base64url");
}

export function isSnapshotId(value: unknown): value is string {
  return typeof value === "string" && SNAPSHOT_ID_PATTERN.test(value);
}
