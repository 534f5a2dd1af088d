import { describe, expect, it } from "vitest";
import { isSnapshotId, newSnapshotId, SNAPSHOT_ID_PATTERN } from "@/lib/store/ids";

describe("snapshot ids", () => {
  it("are 24 base64url characters carrying 144 random bits", () => {
    const ids = Array.from({ length: 2000 }, newSnapshotId);
    expect(new Set(ids).size).toBe(ids.length);
    const ones = new Array<number>(144).fill(0);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(isSnapshotId(id)).toBe(true);
      const bytes = Buffer.from(id, "base64url");
      expect(bytes).toHaveLength(18);
      for (let bit = 0; bit < 144; bit++) ones[bit]! += (bytes[bit >> 3]! >> (bit & 7)) & 1;
    }
    // Every bit is set in about half the ids: 2000 fair coins land outside 40–60 % with probability < 1e-18.
    for (const count of ones) {
      expect(count).toBeGreaterThan(800);
      expect(count).toBeLessThan(1200);
    }
  });

  it("accept 22–64 base64url characters and nothing else", () => {
    expect(SNAPSHOT_ID_PATTERN.source).toBe("^[A-Za-z0-9_-]{22,64}$");
    expect(isSnapshotId("A".repeat(22))).toBe(true);
    expect(isSnapshotId("-_".repeat(32))).toBe(true);
    for (const bad of ["A".repeat(21), "A".repeat(65), `${"A".repeat(23)}=`, `${"A".repeat(23)}+`, `${"A".repeat(23)}/`, `${"A".repeat(22)}\n`, 42, null, undefined]) {
      expect(isSnapshotId(bad)).toBe(false);
    }
  });
});
