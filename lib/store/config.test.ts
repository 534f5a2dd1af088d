import { describe, expect, it } from "vitest";
import { readStoreConfig, STORE_DEFAULTS, StoreConfigError } from "@/lib/store/config";

describe("readStoreConfig", () => {
  it("uses SQLite at ./data/todoku.sqlite and 90 days when nothing is set", () => {
    const { config, warnings } = readStoreConfig({});
    expect(warnings).toEqual([]);
    expect(config).toEqual({ kind: "sqlite", path: "./data/todoku.sqlite", snapshotTtlDays: 90, tombstoneDays: 30 });
    expect(STORE_DEFAULTS).toEqual({ databasePath: "./data/todoku.sqlite", poolMax: 10, snapshotTtlDays: 90, tombstoneDays: 30 });
  });

  it("reads DATABASE_PATH and SNAPSHOT_TTL_DAYS", () => {
    const { config, warnings } = readStoreConfig({ DATABASE_PATH: " /var/lib/todoku/db.sqlite ", SNAPSHOT_TTL_DAYS: " 30 " });
    expect(warnings).toEqual([]);
    expect(config).toEqual({ kind: "sqlite", path: "/var/lib/todoku/db.sqlite", snapshotTtlDays: 30, tombstoneDays: 30 });
  });

  it("selects PostgreSQL when DATABASE_URL is set, whatever DATABASE_PATH says", () => {
    const { config, warnings } = readStoreConfig({
      DATABASE_URL: "postgresql://todoku:s3cret@db.internal:5432/todoku?sslmode=require",
      DATABASE_PATH: "/ignored.sqlite",
      DATABASE_POOL_MAX: "4",
    });
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      kind: "postgres",
      url: "postgresql://todoku:s3cret@db.internal:5432/todoku?sslmode=require",
      poolMax: 4,
      snapshotTtlDays: 90,
      tombstoneDays: 30,
    });
  });

  it("falls back to the default of a bad number and says why", () => {
    const { config, warnings } = readStoreConfig({ SNAPSHOT_TTL_DAYS: "forever", DATABASE_URL: "postgres://localhost/x", DATABASE_POOL_MAX: "0" });
    expect(config).toMatchObject({ snapshotTtlDays: 90, poolMax: 10 });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^SNAPSHOT_TTL_DAYS="forever" ignored \(.+\); using 90$/);
    expect(warnings[1]).toMatch(/^DATABASE_POOL_MAX="0" ignored \(.+\); using 10$/);
    for (const bad of ["0", "-5", "1.5", "3651"]) {
      const read = readStoreConfig({ SNAPSHOT_TTL_DAYS: bad });
      expect(read.config.snapshotTtlDays).toBe(90);
      expect(read.warnings).toHaveLength(1);
    }
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL URL, without echoing it", () => {
    for (const url of ["mysql://root:hunter2@db/x", "hunter2", "postgres://"]) {
      const read = () => readStoreConfig({ DATABASE_URL: url });
      expect(read).toThrow(StoreConfigError);
      expect(read).not.toThrow(/hunter2/);
    }
  });
});
