import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { FixtureZoneError, type FixtureZones } from "@/lib/dns/fixture-server/entries";
import { parseZoneText, readZoneFiles } from "@/lib/dns/fixture-server/zone-files";
import { compileZones } from "@/lib/dns/fixture-server/zones";

const testdata = (file: string) => fileURLToPath(new URL(`./testdata/${file}`, import.meta.url));
const SPF_SUITE = fileURLToPath(new URL("../../../../shared/testdata/spf/rfc7208-tests.yml", import.meta.url));

describe("zone files", () => {
  it("reads YAML and JSON files and merges them", async () => {
    const zones = await readZoneFiles([testdata("example.yml"), testdata("extra.json")]);
    expect(zones["example.net"]).toEqual([{ TXT: "v=spf1 -all" }, { A: "192.0.2.53", TTL: 30 }]);
    expect(zones["_dmarc.example.jp"]).toEqual([{ TXT: "v=DMARC1; p=none; rua=mailto:dmarc@example.jp" }]);
    expect(() => compileZones(zones)).not.toThrow();
  });

  it("accepts zones:, zonedata: or a bare map, over several YAML documents", () => {
    const text = "zones:\n  a.example: [{A: 192.0.2.1}]\n---\nzonedata:\n  b.example: [TIMEOUT]\n---\nc.example:\n  - TXT: hi\n";
    expect(parseZoneText(text, "yaml")).toEqual({
      "a.example": [{ A: "192.0.2.1" }],
      "b.example": ["TIMEOUT"],
      "c.example": [{ TXT: "hi" }],
    });
  });

  it("says which file is broken", () => {
    expect(() => parseZoneText("{", "json", "bad.json")).toThrow(FixtureZoneError);
    expect(() => parseZoneText("zones: [1, 2]", "yaml", "bad.yml")).toThrow('bad.yml document 1: "zones" must map names');
    expect(() => parseZoneText("a: [\n", "yaml", "broken.yml")).toThrow(/^broken\.yml: /);
  });

  it("serves every zonedata block of the RFC 7208 test suite as is", async () => {
    const documents = parseAllDocuments(await readFile(SPF_SUITE, "utf8"));
    let names = 0;
    for (const document of documents) {
      const { zonedata } = document.toJS() as { zonedata?: FixtureZones };
      if (!zonedata) continue;
      names += compileZones(zonedata).names.size;
    }
    expect(names).toBe(256);
  });
});
