import type { Kysely } from "kysely";
import { StoreInputError } from "@/lib/store/errors";
import type { StoreSchema } from "@/lib/store/schema";

export interface SettingsRepository {
  /**
   * The value stored under `key`, or, when there is none, the value `create` returns, stored. When
   * several instances race, every one of them gets the value that was stored first, so a secret made
   * this way is the same everywhere.
   */
  getOrCreate(key: string, create: () => string | Promise<string>): Promise<string>;
}

const MAX_KEY_LENGTH = 128;

export function createSettingsRepository(db: Kysely<StoreSchema>): SettingsRepository {
  // Values are only ever created, never changed, so a value read once stays right for the process's life.
  const cache = new Map<string, string>();

  async function read(key: string): Promise<string | undefined> {
    const row = await db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst();
    return row?.value;
  }

  return {
    async getOrCreate(key, create) {
      if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY_LENGTH) {
        throw new StoreInputError(`setting key must be 1–${MAX_KEY_LENGTH} characters`);
      }
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      let value = await read(key);
      if (value === undefined) {
        const candidate = await create();
        if (typeof candidate !== "string") throw new StoreInputError(`setting "${key}" must be created as a string`);
        // Insert-if-absent, then read back: whoever inserted first wins, and everyone reads that.
        await db.insertInto("settings").values({ key, value: candidate }).onConflict((conflict) => conflict.column("key").doNothing()).execute();
        value = await read(key);
        if (value === undefined) throw new Error(`setting "${key}" vanished after it was stored`);
      }
      cache.set(key, value);
      return value;
    },
  };
}
