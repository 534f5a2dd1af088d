import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { closeStore, getStore } from "@/lib/store";

describe("getStore", () => {
  const dir = mkdtempSync(join(tmpdir(), "todoku-getstore-"));

  afterEach(async () => {
    await closeStore();
    vi.unstubAllEnvs();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("opens one SQLite store at DATABASE_PATH, shared by every caller", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATABASE_PATH", join(dir, "app", "todoku.sqlite"));
    vi.stubEnv("SNAPSHOT_TTL_DAYS", "7");
    const [a, b] = await Promise.all([getStore(), getStore()]);
    expect(a).toBe(b);
    expect(a.kind).toBe("sqlite");
    const created = await a.snapshots.create({ payload: { ok: true }, locale: "en", appVersion: "1", now: 0 });
    expect(created.expiresAt).toEqual(new Date(7 * 86_400_000));
    expect(await getStore()).toBe(a);
  });

  it("forgets a failed opening so that the next call tries again", async () => {
    // Nothing listens on port 1: the connection is refused at once.
    vi.stubEnv("DATABASE_URL", "postgres://todoku@127.0.0.1:1/todoku");
    await expect(getStore()).rejects.toThrow();
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATABASE_PATH", join(dir, "retry.sqlite"));
    expect((await getStore()).kind).toBe("sqlite");
  });
});
