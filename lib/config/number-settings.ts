import type { z } from "zod";

export type Env = Record<string, string | undefined>;

/** A numeric setting: its environment variable and the values it accepts. */
export interface NumberSetting {
  variable: string;
  schema: z.ZodType<number, unknown>;
}

/**
 * One numeric setting from the environment. A bad value never stops the app: it falls back to
 * `fallback`, and `warnings` gets a line naming the variable, the rule it broke and the value used.
 */
export function readNumberSetting(env: Env, { variable, schema }: NumberSetting, fallback: number, warnings: string[]): number {
  const raw = env[variable]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  warnings.push(`${variable}="${raw}" ignored (${parsed.error.issues[0]?.message ?? "invalid"}); using ${fallback}`);
  return fallback;
}

/** Every setting of `settings` from the environment, each falling back to its entry in `defaults`. */
export function readNumberSettings<K extends string>(env: Env, settings: Record<K, NumberSetting>, defaults: Record<K, number>, warnings: string[]): Record<K, number> {
  const numbers = { ...defaults };
  for (const key of Object.keys(settings) as K[]) numbers[key] = readNumberSetting(env, settings[key], defaults[key], warnings);
  return numbers;
}
