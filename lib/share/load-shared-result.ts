import { getStore } from "@/lib/store";
import { SNAPSHOT_VERSION, type Snapshot } from "@/lib/share/snapshot";

export type SharedResultLookup =
  | { status: "ok"; snapshot: Snapshot; expiresAt: string }
  | { status: "expired"; expiredAt: string }
  | { status: "not_found" }
  | { status: "unavailable" };

function isSnapshot(value: unknown): value is Snapshot {
  if (!value || typeof value !== "object") return false;
  const v = value as Partial<Snapshot>;
  return v.version === SNAPSHOT_VERSION && typeof v.createdAt === "string" && !!v.diagnosis && typeof v.diagnosis === "object";
}

/** A shared result for the `/r/{id}` page; storage trouble is `unavailable`, never a thrown error. */
export async function loadSharedResult(id: string): Promise<SharedResultLookup> {
  try {
    const lookup = await (await getStore()).snapshots.get(id);
    if (lookup.status === "not_found") return { status: "not_found" };
    if (lookup.status === "expired") return { status: "expired", expiredAt: lookup.expiredAt.toISOString() };
    const payload = lookup.snapshot.payload;
    if (!isSnapshot(payload)) return { status: "not_found" };
    return { status: "ok", snapshot: payload, expiresAt: lookup.snapshot.expiresAt.toISOString() };
  } catch {
    return { status: "unavailable" };
  }
}
