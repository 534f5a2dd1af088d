import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseAllDocuments } from "yaml";
import { FixtureZoneError, type FixtureZones } from "@/lib/dns/fixture-server/entries";
import { normalizeZones } from "@/lib/dns/fixture-server/zones";

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The zone map inside one parsed document: its `zones:` or `zonedata:` key (the latter is what
 * pyspf scenario documents use, next to `tests:`), or the document itself when it is a bare map.
 */
function zonesOf(document: unknown, where: string): FixtureZones {
  if (document === null || document === undefined) return {};
  if (!isMap(document)) throw new FixtureZoneError(`${where}: expected a map of names`);
  const inner = document.zones ?? document.zonedata ?? (document.tests === undefined ? document : {});
  if (!isMap(inner)) throw new FixtureZoneError(`${where}: "zones" must map names to lists of entries`);
  return inner as FixtureZones;
}

/**
 * Reads zone data from text. JSON when `format` is "json", otherwise YAML, where a file may hold
 * several documents (as the pyspf suites do); their names are merged, entries of a name listed
 * twice are concatenated.
 */
export function parseZoneText(text: string, format: "yaml" | "json", where = "zone data"): FixtureZones {
  if (format === "json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new FixtureZoneError(`${where}: ${(error as Error).message}`);
    }
    return normalizeZones(zonesOf(parsed, where));
  }
  const merged: FixtureZones = {};
  parseAllDocuments(text).forEach((document, index) => {
    if (document.errors.length > 0) throw new FixtureZoneError(`${where}: ${document.errors[0]?.message}`);
    for (const [name, entries] of Object.entries(normalizeZones(zonesOf(document.toJS(), `${where} document ${index + 1}`)))) {
      merged[name] = [...(merged[name] ?? []), ...entries];
    }
  });
  return merged;
}

/** Reads and merges zone files (`.json`, or YAML for any other extension), in order. */
export async function readZoneFiles(paths: string[]): Promise<FixtureZones> {
  const merged: FixtureZones = {};
  for (const path of paths) {
    const format = extname(path).toLowerCase() === ".json" ? "json" : "yaml";
    const zones = parseZoneText(await readFile(path, "utf8"), format, path);
    for (const [name, entries] of Object.entries(zones)) merged[name] = [...(merged[name] ?? []), ...entries];
  }
  return merged;
}
