import { describe, expect, it } from "vitest";
import { compileName, FixtureZoneError, splitCharacterStrings } from "@/lib/dns/fixture-server/entries";
import { compileZones, zoneApex, zoneSoa } from "@/lib/dns/fixture-server/zones";

describe("splitCharacterStrings", () => {
  it("cuts at 255 bytes without splitting a UTF-8 sequence", () => {
    expect(splitCharacterStrings("a".repeat(600)).map((part) => part.length)).toEqual([255, 255, 90]);
    const japanese = "あ".repeat(100);
    const parts = splitCharacterStrings(japanese);
    expect(parts.map((part) => Buffer.byteLength(part))).toEqual([255, 45]);
    expect(parts.join("")).toBe(japanese);
    expect(splitCharacterStrings("")).toEqual([""]);
  });
});

describe("compileName", () => {
  it("reads every record type and per-record or per-name TTLs", () => {
    const name = compileName("Example.JP.", [
      { A: "192.0.2.1", TTL: 60 },
      { AAAA: "2001:DB8::1" },
      { MX: [10, "MX.example.jp."] },
      { MX: { preference: 20, exchange: "mx2.example.jp" } },
      { NS: "ns1.example.jp" },
      { PTR: "host.example.jp" },
      { TXT: ["part one", "part two"] },
      { TXT: 12345 },
      { SOA: ["ns1.example.jp", "hostmaster.example.jp"] },
      { TTL: 600 },
    ]);
    expect(name.name).toBe("example.jp");
    expect(name.ttl).toBe(600);
    expect(name.records).toEqual([
      { type: "A", ttl: 60, data: "192.0.2.1" },
      { type: "AAAA", ttl: null, data: "2001:db8::1" },
      { type: "MX", ttl: null, data: { preference: 10, exchange: "mx.example.jp" } },
      { type: "MX", ttl: null, data: { preference: 20, exchange: "mx2.example.jp" } },
      { type: "NS", ttl: null, data: "ns1.example.jp" },
      { type: "PTR", ttl: null, data: "host.example.jp" },
      { type: "TXT", ttl: null, data: ["part one", "part two"] },
      { type: "TXT", ttl: null, data: ["12345"] },
      {
        type: "SOA",
        ttl: null,
        data: { mname: "ns1.example.jp", rname: "hostmaster.example.jp", serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 60 },
      },
    ]);
  });

  it("serves SPF entries as TXT unless the name lists TXT (pyspf driver convention)", () => {
    expect(compileName("a", [{ SPF: "v=spf1 -all" }]).records).toEqual([{ type: "TXT", ttl: null, data: ["v=spf1 -all"] }]);
    expect(compileName("a", [{ SPF: "v=spf1 +all" }, { TXT: "v=spf1 -all" }]).records).toEqual([{ type: "TXT", ttl: null, data: ["v=spf1 -all"] }]);
    expect(compileName("a", [{ SPF: "v=spf1 -all" }, { TXT: "NONE" }]).records).toEqual([]);
    expect(compileName("a", [{ SPF: [] }]).records).toEqual([{ type: "TXT", ttl: null, data: [] }]);
  });

  it("applies a fault to the types without a record listed before it", () => {
    const name = compileName("a", [{ TXT: "v=spf1 -all" }, "TIMEOUT", { A: "192.0.2.1" }]);
    expect(name.faults).toEqual([{ fault: "TIMEOUT", exempt: new Set(["TXT"]) }]);
    const flags = compileName("a", ["truncate", { DELAY: 250 }, "SERVFAIL"]);
    expect(flags).toMatchObject({ truncate: true, delayMs: 250, faults: [{ fault: "SERVFAIL" }] });
  });

  it.each([
    [[{ A: "not-an-address" }], "a[0]: A needs an IPv4 address"],
    [[{ AAAA: "192.0.2.1" }], "a[0]: AAAA needs an IPv6 address"],
    [[{ MX: ["x", "mx.example.jp"] }], "a[0].preference: expected an integer"],
    [[{ SOA: ["only-mname"] }], "a[0]: SOA needs at least [mname, rname]"],
    [[{ A: "192.0.2.1", TXT: "x" }], "a[0]: one record type per entry"],
    [[{ HINFO: "x" }], "a[0]: unknown record type HINFO"],
    [["EXPLODE"], 'a[0]: unknown marker "EXPLODE"'],
    [[{ DELAY: -1 }], "a[0].DELAY: expected an integer"],
    [[{ TXT: { nested: true } }], "a[0]: expected text"],
    [[{}], "a[0]: empty entry"],
  ])("rejects %j with a message naming the entry", (entries, message) => {
    expect(() => compileName("a", entries)).toThrow(FixtureZoneError);
    expect(() => compileName("a", entries)).toThrow(message);
  });

  it("rejects a name whose entries are not a list", () => {
    expect(() => compileName("a", { A: "192.0.2.1" })).toThrow("a: expected a list of entries");
  });
});

describe("zones", () => {
  const zones = compileZones({
    "example.jp": [{ SOA: ["ns1.example.jp", "hostmaster.example.jp", 7, 1, 1, 1, 30] }, { TTL: 900 }],
    "deep.sub.example.jp": [{ A: "192.0.2.1" }],
    "Mail.Example.NET.": [{ A: "192.0.2.2" }],
    "mail.example.net": [{ A: "192.0.2.3" }],
  });

  it("merges names that differ only in case or trailing dot", () => {
    expect(zones.names.get("mail.example.net")?.records).toHaveLength(2);
  });

  it("finds the apex of explicit zones and synthesises the others at two labels", () => {
    expect(zoneApex(zones, "deep.sub.example.jp")).toEqual({ apex: "example.jp", explicit: true });
    expect(zoneApex(zones, "mail.example.net")).toEqual({ apex: "example.net", explicit: false });
    expect(zoneApex(zones, "4.3.2.1.in-addr.arpa")).toEqual({ apex: "in-addr.arpa", explicit: false });
    expect(zoneApex(zones, "jp")).toEqual({ apex: "jp", explicit: false });
    expect(zones.interior.has("sub.example.jp")).toBe(true);
  });

  it("uses the explicit SOA or synthesises a documented default", () => {
    expect(zoneSoa(zones, "example.jp")).toMatchObject({ ttl: 900, data: { serial: 7, minimum: 30 } });
    expect(zoneSoa(zones, "example.net")).toEqual({
      ttl: 300,
      data: { mname: "ns1.example.net", rname: "hostmaster.example.net", serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 60 },
    });
  });
});
