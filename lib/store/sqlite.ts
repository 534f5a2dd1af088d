import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "libsql";
import {
  SqliteAdapter,
  SqliteDialect,
  sql,
  type DialectAdapter,
  type Kysely,
  type SqliteDatabase,
  type SqliteStatement,
} from "kysely";

type LibsqlDatabase = InstanceType<typeof Database>;

/** How long a statement waits for another process's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Makes a Kysely parameter safe to hand to libsql. libsql follows better-sqlite3's API but differs in
 * two ways that matter here: binding a boolean aborts the whole process (a Rust panic, not an
 * exception), and every JavaScript number is bound as REAL. So booleans become 1/0, whole numbers are
 * bound as 64-bit integers, and anything libsql cannot bind is refused here with a TypeError (an
 * array would otherwise be spread into several parameters).
 */
export function toSqliteParameter(value: unknown): unknown {
  switch (typeof value) {
    case "boolean":
      return value ? 1n : 0n;
    case "number":
      return Number.isSafeInteger(value) ? BigInt(value) : value;
    case "string":
    case "bigint":
      return value;
    case "undefined":
      return null;
    default:
      if (value === null || value instanceof Uint8Array) return value;
      throw new TypeError(`SQLite cannot bind a parameter of type ${value instanceof Date ? "Date" : typeof value}`);
  }
}

function bindable(parameters: ReadonlyArray<unknown>): unknown[] {
  return parameters.map(toSqliteParameter);
}

/** The better-sqlite3 shape Kysely's SqliteDialect expects, over a libsql connection. */
export function kyselySqliteDatabase(db: LibsqlDatabase): SqliteDatabase {
  return {
    close: () => {
      db.close();
    },
    prepare(source: string): SqliteStatement {
      const statement = db.prepare(source);
      return {
        reader: statement.reader,
        all: (parameters) => statement.all(...bindable(parameters)),
        run: (parameters) => statement.run(...bindable(parameters)),
        iterate: (parameters) => statement.iterate(...bindable(parameters)),
      };
    },
  };
}

/**
 * Opens (and creates, with its directory) the SQLite file. WAL lets readers run beside a writer,
 * also from a second process; the busy timeout is set first so that switching to WAL waits for a
 * process that is doing the same instead of failing.
 */
export function openSqliteFile(path: string): LibsqlDatabase {
  const inMemory = path === ":memory:";
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (!inMemory) db.exec("PRAGMA journal_mode = WAL");
  // With WAL, NORMAL loses at most the last commits on power loss, never consistency.
  db.exec("PRAGMA synchronous = NORMAL");
  return db;
}

/**
 * Kysely's SQLite adapter takes no migration lock because one process has one connection. Two app
 * processes on the same file each have their own, so the lock is SQLite's write lock itself: BEGIN
 * IMMEDIATE makes the second process wait (busy timeout) until the first has committed, then it
 * reads the migration table afresh and finds nothing to do.
 */
class MigrationLockingSqliteAdapter extends SqliteAdapter {
  readonly #db: LibsqlDatabase;

  constructor(db: LibsqlDatabase) {
    super();
    this.#db = db;
  }

  override async acquireMigrationLock(db: Kysely<unknown>): Promise<void> {
    await sql`begin immediate`.execute(db);
  }

  override async releaseMigrationLock(db: Kysely<unknown>): Promise<void> {
    // When BEGIN IMMEDIATE itself failed there is nothing to commit, and a second error would hide the first.
    if (this.#db.inTransaction) await sql`commit`.execute(db);
  }
}

class LibsqlDialect extends SqliteDialect {
  readonly #db: LibsqlDatabase;

  constructor(db: LibsqlDatabase) {
    super({ database: kyselySqliteDatabase(db) });
    this.#db = db;
  }

  override createAdapter(): DialectAdapter {
    return new MigrationLockingSqliteAdapter(this.#db);
  }
}

export function createSqliteDialect(path: string): SqliteDialect {
  return new LibsqlDialect(openSqliteFile(path));
}
