// The store's behaviour, run once against SQLite (a temp file) and once against PostgreSQL
// (TEST_DATABASE_URL; skipped with the reason in the suite's name when it is not set).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { CompiledQuery, sql, type Compilable } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { StoreInputError } from "@/lib/store/errors";
import { MIGRATIONS } from "@/lib/store/migrations";
import { MIGRATION_TABLE } from "@/lib/store/schema";
import { deleteTombstonesQuery, erasePayloadsQuery } from "@/lib/store/snapshots";
import { createStore, kyselyOf, type CreateStoreConfig, type CreateStoreOptions, type Store } from "@/lib/store/store";
import { recordsMigration, TEST_BACKENDS, type TestBackend, type TestDatabase } from "@/lib/store/testing/backends";
import { DAY_MS } from "@/lib/store/time";

const run = promisify(execFile);
const WORKER = fileURLToPath(new URL("./testing/open-store-worker.ts", import.meta.url));
const MIGRATION_COUNT = Object.keys(MIGRATIONS).length;
const T0 = Date.UTC(2026, 0, 15, 9, 30, 0);

/** Unicode that breaks careless storage: CJK, astral emoji, combining marks, RTL, escapes, a lone surrogate. */
const UNICODE_PAYLOAD = {
  summary: "Gmail が拒否しました: SPF の include が多すぎます（11 回 > 10 回）",
  emoji: "📮✉️👩🏽‍💻🇯🇵",
  combining: "e\u0301 vs é, ｶﾞ vs ガ",
  rtl: "\u202Eمرحبا\u202C",
  escapes: "tab\tnewline\nquote\" backslash\\ nul\u0000 del\u007f",
  loneSurrogate: "\ud800",
  numbers: [0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER],
  nested: { deep: { deeper: [{ a: null }, true, false] } },
};

async function explain(db: ReturnType<typeof kyselyOf>, kind: Store["kind"], query: Compilable): Promise<string> {
  const compiled = query.compile();
  if (kind === "sqlite") {
    const { rows } = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]));
    return rows.map((row) => row.detail).join("\n");
  }
  // A handful of rows is cheaper to scan than to look up, so the planner is told not to scan: this asks
  // whether the index can serve the query, which is what matters once the table is large.
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    const { rows } = await trx.executeQuery<{ "QUERY PLAN": string }>(CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]));
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  });
}

function describeStore(backend: TestBackend) {
  const title = backend.skipReason ? `${backend.kind} store — skipped: ${backend.skipReason}` : `${backend.kind} store`;
  (backend.skipReason ? describe.skip : describe)(title, () => {
    const cleanups: (() => Promise<void>)[] = [];

    afterEach(async () => {
      // Stores first, then their databases.
      while (cleanups.length > 0) await cleanups.pop()?.();
    });

    async function freshDatabase(): Promise<TestDatabase> {
      const database = await backend.fresh();
      cleanups.push(() => database.dispose());
      return database;
    }

    async function open(config: CreateStoreConfig, options: CreateStoreOptions = {}): Promise<Store> {
      const store = await createStore(config, { autoPurge: false, ...options });
      cleanups.push(() => store.close());
      return store;
    }

    async function freshStore(options: CreateStoreOptions = {}): Promise<Store> {
      return open((await freshDatabase()).config, options);
    }

    async function migrationRows(store: Store): Promise<string[]> {
      const { rows } = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(kyselyOf(store));
      return rows.map((row) => row.name);
    }

    describe("migrations", () => {
      it("create the schema on first use, the SQLite file's directory included", async () => {
        const { config } = await freshDatabase();
        if (config.kind === "sqlite") expect(existsSync(dirname(config.path))).toBe(false);
        const store = await open(config);
        expect(store.kind).toBe(backend.kind);
        expect(await migrationRows(store)).toEqual(Object.keys(MIGRATIONS).sort());
        if (config.kind === "sqlite") expect(existsSync(config.path)).toBe(true);
      });

      it("are idempotent: reopening applies nothing and keeps the data", async () => {
        const { config } = await freshDatabase();
        const first = await open(config);
        const { id } = await first.snapshots.create({ payload: { kept: true }, locale: "ja", appVersion: "1.0.0" });
        await first.close();

        const statements: string[] = [];
        const second = await open(config, { onQuery: (text) => statements.push(text) });
        expect(statements.filter(recordsMigration)).toEqual([]);
        expect(statements.some((text) => /^create (table|index)/.test(text) && !text.includes("todoku_migration"))).toBe(false);
        expect(await migrationRows(second)).toHaveLength(MIGRATION_COUNT);
        expect(await second.snapshots.get(id)).toMatchObject({ status: "ok", snapshot: { payload: { kept: true } } });
      });

      it("run once when three stores open the same empty database at the same time", async () => {
        const { config } = await freshDatabase();
        let applied = 0;
        const options: CreateStoreOptions = { onQuery: (text) => void (recordsMigration(text) && applied++) };
        const stores = await Promise.all([open(config, options), open(config, options), open(config, options)]);
        expect(applied).toBe(MIGRATION_COUNT);
        for (const store of stores) expect(await migrationRows(store)).toHaveLength(MIGRATION_COUNT);
        const { id } = await stores[0]!.snapshots.create({ payload: 1, locale: "en", appVersion: "1" });
        expect((await stores[2]!.snapshots.get(id)).status).toBe("ok");
      });

      it("run once when two processes start on the same empty database at the same time", async () => {
        const { config } = await freshDatabase();
        const start = () =>
          run(process.execPath, ["--import", "tsx", WORKER, JSON.stringify(config)], {
            timeout: 60_000,
          }).then(({ stdout }) => (JSON.parse(stdout.trim()) as { applied: number }).applied);
        const applied = await Promise.all([start(), start()]);
        expect(applied.reduce((sum, count) => sum + count, 0)).toBe(MIGRATION_COUNT);
        expect(await migrationRows(await open(config))).toHaveLength(MIGRATION_COUNT);
      });
    });

    describe("snapshots", () => {
      it("round-trip the payload byte for byte, with its metadata", async () => {
        const store = await freshStore();
        const payload = { ...UNICODE_PAYLOAD, padding: "確認".repeat(12_000) };
        const created = await store.snapshots.create({ payload, locale: "ja", appVersion: "0.1.0+abc123", ttlDays: 7, now: T0 });
        expect(created).toEqual({ id: expect.any(String), createdAt: new Date(T0), expiresAt: new Date(T0 + 7 * DAY_MS) });

        const found = await store.snapshots.get(created.id, T0 + 1000);
        expect(found.status).toBe("ok");
        if (found.status !== "ok") return;
        expect(found.snapshot.payloadJson).toBe(JSON.stringify(payload));
        expect(Buffer.from(found.snapshot.payloadJson, "utf8").equals(Buffer.from(JSON.stringify(payload), "utf8"))).toBe(true);
        expect(found.snapshot.payload).toEqual(JSON.parse(JSON.stringify(payload)));
        expect(found.snapshot).toMatchObject({ id: created.id, locale: "ja", appVersion: "0.1.0+abc123", createdAt: new Date(T0), expiresAt: new Date(T0 + 7 * DAY_MS) });
      });

      it("use the store's retention when the caller gives none", async () => {
        const { config } = await freshDatabase();
        const store = await open({ ...config, snapshotTtlDays: 3 });
        const created = await store.snapshots.create({ payload: [], locale: "en", appVersion: "1", now: T0 });
        expect(created.expiresAt).toEqual(new Date(T0 + 3 * DAY_MS));
      });

      it("get unguessable base64url ids of 144 bits", async () => {
        const store = await freshStore();
        const ids = await Promise.all(
          Array.from({ length: 40 }, () => store.snapshots.create({ payload: {}, locale: "en", appVersion: "1" }).then((created) => created.id)),
        );
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
          expect(Buffer.from(id, "base64url")).toHaveLength(18);
        }
      });

      it("answer expired from the moment of expiry, before any purge", async () => {
        const store = await freshStore();
        const { id, expiresAt } = await store.snapshots.create({ payload: { a: 1 }, locale: "en", appVersion: "1", ttlDays: 1, now: T0 });
        expect((await store.snapshots.get(id, T0 + DAY_MS - 1)).status).toBe("ok");
        expect(await store.snapshots.get(id, T0 + DAY_MS)).toEqual({ status: "expired", expiredAt: expiresAt });
        expect(await store.snapshots.get(id, new Date(T0 + 30 * DAY_MS))).toEqual({ status: "expired", expiredAt: expiresAt });
      });

      it("purge erases expired payloads, keeps a tombstone for the grace period, then deletes it", async () => {
        const { config } = await freshDatabase();
        const store = await open({ ...config, tombstoneDays: 30 });
        const make = (ttlDays: number) => store.snapshots.create({ payload: { ttlDays }, locale: "en", appVersion: "1", ttlDays, now: T0 });
        const expired = await Promise.all([make(1), make(2), make(3)]);
        const live = await Promise.all([make(10), make(90)]);
        const now = T0 + 5 * DAY_MS;

        expect(await store.snapshots.purgeExpired(now)).toBe(3);
        expect(await store.snapshots.purgeExpired(now)).toBe(0);
        const { rows } = await sql<{ n: number }>`select count(*) as n from snapshots where payload is null`.execute(kyselyOf(store));
        expect(Number(rows[0]?.n)).toBe(3);
        for (const { id, expiresAt } of expired) expect(await store.snapshots.get(id, now)).toEqual({ status: "expired", expiredAt: expiresAt });
        for (const { id } of live) expect((await store.snapshots.get(id, now)).status).toBe("ok");

        // 30 days after the last of them expired, the tombstones go and the ids are unknown.
        expect(await store.snapshots.purgeExpired(T0 + 33 * DAY_MS)).toBe(1);
        for (const { id } of expired) expect(await store.snapshots.get(id, T0 + 33 * DAY_MS)).toEqual({ status: "not_found" });
        expect((await store.snapshots.get(live[1]!.id, T0 + 33 * DAY_MS)).status).toBe("ok");
      });

      it("purge selects through the index on expires_at", async () => {
        const store = await freshStore();
        const db = kyselyOf(store);
        const erase = await explain(db, store.kind, erasePayloadsQuery(db, T0));
        const remove = await explain(db, store.kind, deleteTombstonesQuery(db, T0));
        expect(erase).toContain("snapshots_expires_at");
        expect(remove).toContain("snapshots_expires_at");
      });

      it("a store purges expired snapshots by itself when it starts", async () => {
        const { config } = await freshDatabase();
        const first = await open(config);
        const { id } = await first.snapshots.create({ payload: { old: true }, locale: "en", appVersion: "1", ttlDays: 1, now: Date.now() - 2 * DAY_MS });
        await first.close();
        const second = await createStore(config);
        await second.close(); // waits for the background purge
        const third = await open(config);
        const { rows } = await sql<{ payload: string | null }>`select payload from snapshots where id = ${id}`.execute(kyselyOf(third));
        expect(rows).toEqual([{ payload: null }]);
        expect((await third.snapshots.get(id)).status).toBe("expired");
      });

      it("answer not_found for a well-formed id that was never stored", async () => {
        const store = await freshStore();
        expect(await store.snapshots.get("AAAAAAAAAAAAAAAAAAAAAAAA")).toEqual({ status: "not_found" });
        expect(await store.snapshots.get("x".repeat(64))).toEqual({ status: "not_found" });
      });

      it("answer not_found for a malformed id without querying the database", async () => {
        const statements: string[] = [];
        const store = await freshStore({ onQuery: (text) => statements.push(text) });
        statements.length = 0;
        const malformed = ["", "short", "A".repeat(21), "A".repeat(65), "../../etc/passwd-xxxxxxxxxxxxx", "AAAAAAAAAAAAAAAAAAAAAAA=", "' OR 1=1 --xxxxxxxxxxxxxxxx", "ÅAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAA AAAAAAAAAAA"];
        for (const id of malformed) expect(await store.snapshots.get(id)).toEqual({ status: "not_found" });
        expect(statements).toEqual([]);
      });

      it("refuse input they will not keep", async () => {
        const store = await freshStore({ maxPayloadBytes: 1000 });
        const ok = { payload: {}, locale: "en", appVersion: "1" };
        await expect(store.snapshots.create({ ...ok, payload: "x".repeat(1000) })).rejects.toThrow(StoreInputError);
        await expect(store.snapshots.create({ ...ok, payload: undefined })).rejects.toThrow(StoreInputError);
        await expect(store.snapshots.create({ ...ok, payload: 10n })).rejects.toThrow(StoreInputError);
        await expect(store.snapshots.create({ ...ok, locale: "ja_JP; drop" })).rejects.toThrow(StoreInputError);
        await expect(store.snapshots.create({ ...ok, appVersion: "" })).rejects.toThrow(StoreInputError);
        await expect(store.snapshots.create({ ...ok, ttlDays: 0 })).rejects.toThrow(StoreInputError);
        await expect(store.snapshots.create({ ...ok, ttlDays: 1.5 })).rejects.toThrow(StoreInputError);
      });
    });

    describe("rate limits", () => {
      it("count hits within a window and start again in the next", async () => {
        const store = await freshStore();
        const windowStart = Date.UTC(2026, 0, 15, 9, 30, 0);
        expect(await store.rateLimits.hit("diagnose:203.0.113.7", 60, windowStart)).toBe(1);
        expect(await store.rateLimits.hit("diagnose:203.0.113.7", 60, windowStart + 30_000)).toBe(2);
        expect(await store.rateLimits.hit("diagnose:203.0.113.7", 60, new Date(windowStart + 59_999))).toBe(3);
        expect(await store.rateLimits.hit("diagnose:198.51.100.1", 60, windowStart + 1000)).toBe(1);
        expect(await store.rateLimits.hit("diagnose:203.0.113.7", 60, windowStart + 60_000)).toBe(1);
        expect(await store.rateLimits.hit("diagnose:203.0.113.7", 60, windowStart + 61_000)).toBe(2);
      });

      it("read a window's count without counting", async () => {
        const store = await freshStore();
        await store.rateLimits.hit("k", 60, T0 + 1_000);
        await store.rateLimits.hit("k", 60, T0 + 2_000);
        expect(await store.rateLimits.count("k", 60, T0 + 59_000)).toBe(2);
        expect(await store.rateLimits.count("k", 60, T0 + 59_000)).toBe(2);
        expect(await store.rateLimits.count("k", 60, T0 + 60_000)).toBe(0);
        expect(await store.rateLimits.count("other", 60, T0)).toBe(0);
        await expect(store.rateLimits.count("", 60, T0)).rejects.toThrow(StoreInputError);
        await expect(store.rateLimits.count("k", 0, T0)).rejects.toThrow(StoreInputError);
      });

      it("lose no update under 20 concurrent hits, from one store or two", async () => {
        const { config } = await freshDatabase();
        const [a, b] = await Promise.all([open(config), open(config)]);
        const now = T0;
        const one = await Promise.all(Array.from({ length: 20 }, () => a!.rateLimits.hit("burst", 60, now)));
        expect([...one].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
        const two = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a! : b!).rateLimits.hit("burst-2", 60, now)));
        expect([...two].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      });

      it("purge the windows that started before the cutoff", async () => {
        const store = await freshStore();
        const minute = 60_000;
        for (const offset of [0, 1, 2, 3]) await store.rateLimits.hit("k", 60, T0 + offset * minute);
        expect(await store.rateLimits.purge(T0 + 2 * minute)).toBe(2);
        expect(await store.rateLimits.purge(T0 + 2 * minute)).toBe(0);
        expect(await store.rateLimits.hit("k", 60, T0 + 2 * minute)).toBe(2);
        expect(await store.rateLimits.hit("k", 60, T0)).toBe(1);
      });

      it("refuse a bad key or window", async () => {
        const store = await freshStore();
        await expect(store.rateLimits.hit("", 60)).rejects.toThrow(StoreInputError);
        await expect(store.rateLimits.hit("k".repeat(257), 60)).rejects.toThrow(StoreInputError);
        await expect(store.rateLimits.hit("k", 0)).rejects.toThrow(StoreInputError);
        await expect(store.rateLimits.hit("k", 1.5)).rejects.toThrow(StoreInputError);
      });
    });

    describe("settings", () => {
      it("create once and return the stored value afterwards", async () => {
        const store = await freshStore();
        let calls = 0;
        const create = () => `secret-${++calls}`;
        expect(await store.settings.getOrCreate("share-secret", create)).toBe("secret-1");
        expect(await store.settings.getOrCreate("share-secret", create)).toBe("secret-1");
        expect(calls).toBe(1);
        expect(await store.settings.getOrCreate("other", async () => "ｶﾞ値")).toBe("ｶﾞ値");
      });

      it("give two stores racing on one database the same value", async () => {
        const { config } = await freshDatabase();
        const [a, b] = await Promise.all([open(config), open(config)]);
        const results = await Promise.all([
          a!.settings.getOrCreate("share-secret", () => "made-by-a"),
          b!.settings.getOrCreate("share-secret", () => "made-by-b"),
          a!.settings.getOrCreate("share-secret", async () => "made-by-a-again"),
          b!.settings.getOrCreate("share-secret", async () => "made-by-b-again"),
        ]);
        expect(new Set(results).size).toBe(1);
        const c = await open(config);
        expect(await c.settings.getOrCreate("share-secret", () => "made-by-c")).toBe(results[0]);
      });
    });
  });
}

for (const backend of TEST_BACKENDS) {
  // The default reporter only counts skipped tests; this puts the reason in its output too.
  if (backend.skipReason) console.warn(`store tests: ${backend.kind} variant skipped: ${backend.skipReason}`);
  describeStore(backend);
}
