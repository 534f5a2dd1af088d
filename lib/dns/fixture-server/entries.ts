import { isIPv4, isIPv6 } from "node:net";
import { normalizeName } from "@/lib/dns/names";
import { RR_TYPES, type RecordDataMap, type RrType, type SoaData } from "@/lib/dns/types";

/**
 * One entry of a name's list, in the pyspf test-suite `zonedata` shape: `{TXT: "..."}`,
 * `{MX: [10, "mx.example.jp"]}`, `{A: "192.0.2.1", TTL: 60}`, `{TTL: 300}`, `{DELAY: 200}`,
 * or a bare fault marker such as `"TIMEOUT"`.
 */
export type FixtureEntry = string | Record<string, unknown>;
/** Owner name → entries. Names are case-insensitive and may end with a dot. */
export type FixtureZones = Record<string, FixtureEntry[]>;

/**
 * Faults that replace the answer. Like pyspf's `TIMEOUT`, a marker applies to every query type
 * without a record listed before it, so `[{TXT: "v=spf1 -all"}, "TIMEOUT"]` answers TXT and
 * times out on everything else.
 */
export const FIXTURE_FAULTS = ["TIMEOUT", "SERVFAIL", "REFUSED", "NXDOMAIN"] as const;
export type FixtureFault = (typeof FIXTURE_FAULTS)[number];

export type ServedRecord = { [K in RrType]: { type: K; ttl: number | null; data: RecordDataMap[K] } }[RrType];

export interface CompiledName {
  name: string;
  records: ServedRecord[];
  /** TTL for records without their own. */
  ttl: number | null;
  delayMs: number;
  /** Always set TC over UDP, so the client has to come back over TCP. */
  truncate: boolean;
  faults: { fault: FixtureFault; exempt: ReadonlySet<RrType> }[];
}

export class FixtureZoneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixtureZoneError";
  }
}

/** Defaults of a synthesised SOA, also used for fields an explicit `SOA` entry leaves out. */
export const DEFAULT_SOA_TIMERS = { serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 60 } as const;

const MAX_CHARACTER_STRING = 255;

/**
 * Splits text into character-strings of at most 255 bytes (RFC 1035 §3.3), never inside a
 * UTF-8 sequence, so each string still decodes on its own.
 */
export function splitCharacterStrings(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let bytes = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char);
    if (bytes + size > MAX_CHARACTER_STRING) {
      parts.push(current);
      current = "";
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  if (current !== "" || parts.length === 0) parts.push(current);
  return parts;
}

function scalarText(value: unknown, where: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new FixtureZoneError(`${where}: expected text, got ${JSON.stringify(value)}`);
}

function uint(value: unknown, where: string, max = 0x7fffffff): number {
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 0 || number > max) {
    throw new FixtureZoneError(`${where}: expected an integer 0-${max}, got ${JSON.stringify(value)}`);
  }
  return number;
}

function txtStrings(value: unknown, where: string): string[] {
  if (Array.isArray(value)) return value.flatMap((part, i) => splitCharacterStrings(scalarText(part, `${where}[${i}]`)));
  const text = scalarText(value, where);
  return splitCharacterStrings(text);
}

function soaData(value: unknown, where: string): SoaData {
  const fields = ["mname", "rname", "serial", "refresh", "retry", "expire", "minimum"] as const;
  const source: Record<string, unknown> = Array.isArray(value)
    ? Object.fromEntries(value.map((item, i) => [fields[i] ?? `extra${i}`, item]))
    : typeof value === "object" && value !== null
      ? (value as Record<string, unknown>)
      : {};
  if (source.mname === undefined || source.rname === undefined) {
    throw new FixtureZoneError(`${where}: SOA needs at least [mname, rname]`);
  }
  const timer = (key: keyof typeof DEFAULT_SOA_TIMERS) =>
    source[key] === undefined ? DEFAULT_SOA_TIMERS[key] : uint(source[key], `${where}.${key}`, 0xffffffff);
  return {
    mname: normalizeName(scalarText(source.mname, `${where}.mname`)),
    rname: normalizeName(scalarText(source.rname, `${where}.rname`)),
    serial: timer("serial"),
    refresh: timer("refresh"),
    retry: timer("retry"),
    expire: timer("expire"),
    minimum: timer("minimum"),
  };
}

function recordData(type: RrType, value: unknown, where: string): RecordDataMap[RrType] {
  switch (type) {
    case "A": {
      const text = scalarText(value, where);
      if (!isIPv4(text)) throw new FixtureZoneError(`${where}: A needs an IPv4 address, got ${JSON.stringify(value)}`);
      return text;
    }
    case "AAAA": {
      const text = scalarText(value, where);
      if (!isIPv6(text)) throw new FixtureZoneError(`${where}: AAAA needs an IPv6 address, got ${JSON.stringify(value)}`);
      return text.toLowerCase();
    }
    case "CNAME":
    case "NS":
    case "PTR":
      return normalizeName(scalarText(value, where));
    case "MX": {
      const [preference, exchange] = Array.isArray(value)
        ? value
        : [(value as { preference?: unknown })?.preference, (value as { exchange?: unknown })?.exchange];
      return { preference: uint(preference, `${where}.preference`, 0xffff), exchange: normalizeName(scalarText(exchange ?? "", where)) };
    }
    case "SOA":
      return soaData(value, where);
    case "TXT":
      return txtStrings(value, where);
  }
}

function isRrType(key: string): key is RrType {
  return (RR_TYPES as readonly string[]).includes(key);
}

/**
 * Reads one name's entries. `SPF` entries follow the pyspf driver: they are served as TXT
 * unless the name lists TXT itself, and `TXT: NONE` means "no TXT here".
 */
export function compileName(owner: string, entries: unknown): CompiledName {
  const name = normalizeName(owner);
  if (!Array.isArray(entries)) throw new FixtureZoneError(`${owner}: expected a list of entries`);
  const compiled: CompiledName = { name, records: [], ttl: null, delayMs: 0, truncate: false, faults: [] };
  const listed = new Set<RrType>();
  const hasTxt = entries.some((entry) => typeof entry === "object" && entry !== null && Object.keys(entry).some((k) => k.toUpperCase() === "TXT"));

  entries.forEach((entry: unknown, index) => {
    const where = `${owner}[${index}]`;
    if (typeof entry === "string") {
      const marker = entry.trim().toUpperCase();
      if (marker === "TRUNCATE") compiled.truncate = true;
      else if ((FIXTURE_FAULTS as readonly string[]).includes(marker)) {
        compiled.faults.push({ fault: marker as FixtureFault, exempt: new Set(listed) });
      } else throw new FixtureZoneError(`${where}: unknown marker ${JSON.stringify(entry)}`);
      return;
    }
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new FixtureZoneError(`${where}: expected {TYPE: value} or a marker, got ${JSON.stringify(entry)}`);
    }
    const pairs = Object.entries(entry).map(([key, value]) => [key.toUpperCase(), value] as const);
    const ttlPair = pairs.find(([key]) => key === "TTL");
    const ttl = ttlPair ? uint(ttlPair[1], `${where}.TTL`) : null;
    const rest = pairs.filter(([key]) => key !== "TTL");
    if (rest.length === 0) {
      if (ttl === null) throw new FixtureZoneError(`${where}: empty entry`);
      compiled.ttl = ttl;
      return;
    }
    if (rest.length > 1) throw new FixtureZoneError(`${where}: one record type per entry, got ${rest.map(([key]) => key).join(", ")}`);
    const [key, value] = rest[0] as readonly [string, unknown];
    if (key === "DELAY") {
      compiled.delayMs = uint(value, `${where}.DELAY`);
      return;
    }
    if (key === "SPF" || key === "TXT") {
      if (value === "NONE" || (key === "SPF" && hasTxt)) return;
      compiled.records.push({ type: "TXT", ttl, data: txtStrings(value, where) });
      listed.add("TXT");
      return;
    }
    if (!isRrType(key)) throw new FixtureZoneError(`${where}: unknown record type ${key}`);
    compiled.records.push({ type: key, ttl, data: recordData(key, value, where) } as ServedRecord);
    listed.add(key);
  });
  return compiled;
}
