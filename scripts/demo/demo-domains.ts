import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { SCENARIOS } from "@/lib/wizard/scenarios";

/** The demo's zone file, served to `npm run demo` and the e2e tests. */
export const DEMO_ZONES_FILE = fileURLToPath(new URL("./zones.yml", import.meta.url));

/** The sample error mails for the "paste the error mail" path. */
export const DEMO_BOUNCES_DIR = fileURLToPath(new URL("./bounces/", import.meta.url));

const demoDomainSchema = z.object({
  domain: z.string().min(1),
  /** The wizard path to pick for it. */
  path: z.enum(SCENARIOS),
  /** One line about what the domain shows, printed by `npm run demo`. */
  shows: z.string().min(1),
});
export type DemoDomain = z.infer<typeof demoDomainSchema>;

/**
 * The `demo:` list of the zone file: one entry per customer domain, in the order a newcomer
 * should try them. It lives next to the zones so that the list and the data cannot drift apart
 * without `scripts/demo/zones.test.ts` noticing.
 */
export async function readDemoDomains(file = DEMO_ZONES_FILE): Promise<DemoDomain[]> {
  const document: unknown = parse(await readFile(file, "utf8"));
  const parsed = z.object({ demo: z.array(demoDomainSchema).min(1) }).safeParse(document);
  if (!parsed.success) throw new Error(`${file}: bad "demo:" list: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data.demo;
}
