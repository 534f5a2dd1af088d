import { normalizeName, parentName } from "@/lib/dns/names";
import type { SoaData } from "@/lib/dns/types";
import { DEFAULT_SOA_TIMERS, compileName, type CompiledName, type FixtureZones } from "@/lib/dns/fixture-server/entries";

/** TTL of records that set none, and of synthesised SOA records. */
export const DEFAULT_TTL = 300;

export interface CompiledZones {
  names: ReadonlyMap<string, CompiledName>;
  /** Names that carry an explicit SOA: the apexes of the zones the data declares. */
  apexes: ReadonlySet<string>;
  /** Every proper ancestor of a listed name: these exist as empty non-terminals (RFC 8020 §2). */
  interior: ReadonlySet<string>;
}

export interface ZoneApex {
  apex: string;
  /** False when no SOA in the data covers the name and the zone is synthesised. */
  explicit: boolean;
}

/** Merges names that differ only in case or a trailing dot, keeping their entries in order. */
export function normalizeZones(data: FixtureZones): FixtureZones {
  const merged: FixtureZones = {};
  for (const [owner, entries] of Object.entries(data)) {
    const name = normalizeName(owner);
    merged[name] = [...(merged[name] ?? []), ...(Array.isArray(entries) ? entries : [entries])];
  }
  return merged;
}

export function compileZones(data: FixtureZones): CompiledZones {
  const names = new Map<string, CompiledName>();
  const apexes = new Set<string>();
  const interior = new Set<string>();
  for (const [name, entries] of Object.entries(normalizeZones(data))) {
    const compiled = compileName(name, entries);
    names.set(name, compiled);
    if (compiled.records.some((record) => record.type === "SOA")) apexes.add(name);
    for (let up = parentName(name); up !== null; up = parentName(up)) interior.add(up);
  }
  return { names, apexes, interior };
}

/**
 * The zone a name belongs to: the closest enclosing name with an SOA entry, otherwise a
 * synthesised zone at the name's last two labels (`a.b.example.jp` → `example.jp`,
 * `4.3.2.1.in-addr.arpa` → `in-addr.arpa`), so flat pyspf-style data needs no SOA at all.
 */
export function zoneApex(zones: CompiledZones, name: string): ZoneApex {
  for (let candidate: string | null = name; candidate !== null; candidate = parentName(candidate)) {
    if (zones.apexes.has(candidate)) return { apex: candidate, explicit: true };
  }
  const labels = name.split(".");
  return { apex: labels.slice(-2).join("."), explicit: false };
}

/**
 * The SOA of a zone: the apex's own entry, or `ns1.<apex> hostmaster.<apex> 1 3600 600 86400 60`
 * with TTL 300 when the data has none.
 */
export function zoneSoa(zones: CompiledZones, apex: string): { ttl: number; data: SoaData } {
  const owner = zones.names.get(apex);
  const soa = owner?.records.find((record) => record.type === "SOA");
  if (soa && soa.type === "SOA") return { ttl: soa.ttl ?? owner?.ttl ?? DEFAULT_TTL, data: soa.data };
  return {
    ttl: DEFAULT_TTL,
    data: { mname: `ns1.${apex}`, rname: `hostmaster.${apex}`, ...DEFAULT_SOA_TIMERS },
  };
}

/** True when the name exists in the data: listed, an empty non-terminal, or a zone apex. */
export function nameExists(zones: CompiledZones, name: string, apex: string): boolean {
  return zones.names.has(name) || zones.interior.has(name) || name === apex;
}
