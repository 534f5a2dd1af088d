import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describeProfileIssues, hostingProfileSchema, type HostingProfile } from "@/lib/fix/hosting-profile-schema";
import sakura from "@/lib/fix/profiles/sakura.json";
import xserver from "@/lib/fix/profiles/xserver.json";
import { getLogger } from "@/lib/log/logger";

export type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
export { isInitialDomain, isServerHost, recommendedSpfRecord, spfTermForHost, usesHostDns } from "@/lib/fix/profile-terms";

export const DEFAULT_PROFILE_ID = "sakura";

/** Built-in profiles by id, validated when first used. */
const BUILT_IN: Record<string, unknown> = { sakura, xserver };

export const BUILT_IN_PROFILE_IDS = Object.keys(BUILT_IN);

/** A profile that cannot be loaded; the message names the variable value and the bad field. */
export class HostingProfileError extends Error {
  override name = "HostingProfileError";
}

function validate(data: unknown, source: string): HostingProfile {
  const parsed = hostingProfileSchema.safeParse(data);
  if (!parsed.success) throw new HostingProfileError(`hosting profile ${source} is invalid: ${describeProfileIssues(parsed.error)}`);
  return Object.freeze(parsed.data) as HostingProfile;
}

const builtInCache = new Map<string, HostingProfile>();

function builtIn(id: string): HostingProfile {
  let profile = builtInCache.get(id);
  if (!profile) {
    profile = validate(BUILT_IN[id], `"${id}"`);
    builtInCache.set(id, profile);
  }
  return profile;
}

/**
 * Loads a profile by built-in id ("sakura") or from a JSON file (a path containing "/" or "\",
 * or ending in ".json"; relative paths are taken from the working directory). Throws
 * `HostingProfileError` naming the offending field when the profile is unknown or invalid.
 */
export function loadHostingProfile(idOrPath: string): HostingProfile {
  const value = idOrPath.trim();
  if (Object.hasOwn(BUILT_IN, value)) return builtIn(value);
  if (!/[\\/]/.test(value) && !value.endsWith(".json")) {
    throw new HostingProfileError(`unknown hosting profile "${value}" (built-in: ${BUILT_IN_PROFILE_IDS.join(", ")}; or give a path to a JSON file)`);
  }
  // A deployer's own profile file, chosen at run time: not part of the build's file tracing.
  const path = resolve(/* turbopackIgnore: true */ process.cwd(), value);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new HostingProfileError(`hosting profile file ${path} cannot be read: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HostingProfileError(`hosting profile file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return validate(data, `file ${path}`);
}

/**
 * The profile named by `HOSTING_PROFILE` (an id or a path), or the default. A bad value never
 * stops the app: it falls back to the default and `warnings` says what was wrong and where.
 */
export function readHostingProfile(env: Record<string, string | undefined> = process.env): { profile: HostingProfile; warnings: string[] } {
  const raw = env.HOSTING_PROFILE?.trim();
  if (!raw) return { profile: builtIn(DEFAULT_PROFILE_ID), warnings: [] };
  try {
    return { profile: loadHostingProfile(raw), warnings: [] };
  } catch (error) {
    const message = error instanceof HostingProfileError ? error.message : String(error);
    return { profile: builtIn(DEFAULT_PROFILE_ID), warnings: [`HOSTING_PROFILE="${raw}" ignored (${message}); using "${DEFAULT_PROFILE_ID}"`] };
  }
}

const GLOBAL_KEY = Symbol.for("todoku.lib.fix.hosting-profile");
type GlobalWithProfile = typeof globalThis & { [GLOBAL_KEY]?: HostingProfile };

/** The process-wide profile, read from the environment once (on a request); warnings go to `warn`, by default the structured log. */
export function getHostingProfile(warn: (message: string) => void = (message) => getLogger().warn({ component: "profile" }, message)): HostingProfile {
  const store = globalThis as GlobalWithProfile;
  if (!store[GLOBAL_KEY]) {
    const { profile, warnings } = readHostingProfile();
    for (const warning of warnings) warn(`[todoku profile] ${warning}`);
    store[GLOBAL_KEY] = profile;
  }
  return store[GLOBAL_KEY];
}

/** Drops the process-wide profile so the next `getHostingProfile()` reads the environment again. */
export function resetHostingProfile(): void {
  delete (globalThis as GlobalWithProfile)[GLOBAL_KEY];
}
