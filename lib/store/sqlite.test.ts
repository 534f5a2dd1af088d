import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kysely, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteDialect, toSqliteParameter } from "@/lib/store/sqlite";

describe("toSqliteParameter", () => {
  it("binds booleans as 1/0, because libsql aborts the process on a boolean", () => {
    expect(toSqliteParameter(true)).toBe(1n);
    expect(toSqliteParameter(false)).toBe(0n);
  });

  it("binds whole numbers as integers and keeps the rest", () => {
    expect(toSqliteParameter(1_768_469_400_000)).toBe(1_768_469_400_000n);
    expect(toSqliteParameter(1.5)).toBe(1.5);
    expect(toSqliteParameter(2 ** 60)).toBe(2 ** 60);
    expect(toSqliteParameter("日本")).toBe("日本");
    expect(toSqliteParameter(undefined)).toBeNull();
    expect(toSqliteParameter(null)).toBeNull();
    const bytes = Buffer.from([1, 2]);
    expect(toSqliteParameter(bytes)).toBe(bytes);
  });

  it("refuses what SQLite cannot bind, arrays included", () => {
    for (const value of [[1, 2], { a: 1 }, new Date(0), Symbol("s"), () => 1]) {
      expect(() => toSqliteParameter(value)).toThrow(TypeError);
    }
  });
});

describe("Kysely over libsql", () => {
  const dir = join(tmpdir(), `todoku-sqlite-${process.pid}-${Date.now()}`);
  const db = new Kysely<Record<string, never>>({ dialect: createSqliteDialect(join(dir, "deep", "x.sqlite")) });
  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates the directory and runs in WAL mode", async () => {
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(rows).toEqual([{ journal_mode: "wal" }]);
    const { rows: version } = await sql<{ v: string }>`select sqlite_version() as v`.execute(db);
    // INSERT … ON CONFLICT … RETURNING needs 3.35.
    const [major, minor] = (version[0]?.v ?? "0.0").split(".").map(Number);
    expect(major! * 1000 + minor!).toBeGreaterThanOrEqual(3035);
  });

  it("reads, writes, streams and survives a boolean parameter", async () => {
    await sql`create table t (k text primary key, n integer not null)`.execute(db);
    const inserted = await sql`insert into t (k, n) values (${"a"}, ${1}), (${"b"}, ${2})`.execute(db);
    expect(inserted.numAffectedRows).toBe(2n);
    const { rows: returned } = await sql<{ n: number }>`update t set n = n + 1 where k = ${"a"} returning n`.execute(db);
    expect(returned).toEqual([{ n: 2 }]);
    const { rows: types } = await sql<{ t: string; b: number }>`select typeof(${1_768_469_400_000}) as t, ${true} as b`.execute(db);
    expect(types).toEqual([{ t: "integer", b: 1 }]);
    const streamed: unknown[] = [];
    const typed = db as unknown as Kysely<{ t: { k: string; n: number } }>;
    for await (const row of typed.selectFrom("t").selectAll().orderBy("k").stream()) streamed.push(row);
    expect(streamed).toEqual([
      { k: "a", n: 2 },
      { k: "b", n: 2 },
    ]);
  });

  it("reports SQL errors as exceptions", async () => {
    await expect(sql`select * from missing_table`.execute(db)).rejects.toThrow(/no such table/);
  });
});
