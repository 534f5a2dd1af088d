import { describe, expect, it } from "vitest";
import { buildZone, ZonedataClient } from "@/lib/spf/testing/zonedata-client";

const zone = buildZone({
  "both.example": [{ TXT: "v=spf1 -all" }, { SPF: "v=spf1 -all" }],
  "spfonly.example": [{ SPF: "v=spf1 -all" }, { TXT: "NONE" }],
  "copied.example": [{ SPF: ["v=spf1 ", "-all"] }, { A: "192.0.2.1" }],
  "txttimeout.example": [{ SPF: "v=spf1 -all" }, { TXT: "NONE" }, "TIMEOUT"],
  "spftimeout.example": [{ TXT: "v=spf1 -all" }, "TIMEOUT"],
  "Mixed.Example": [{ MX: [10, "Mail.Example."] }, { PTR: "Host.Example." }],
  "alias.example": [{ CNAME: "copied.example" }],
  "loop.example": [{ CNAME: "loop.example" }],
});

describe("ZonedataClient (pyspf driver semantics)", () => {
  const dns = new ZonedataClient(zone);
  const ask = async (name: string, type: "TXT" | "A" | "MX" | "PTR" | "AAAA") => {
    const a = await dns.query(name, type);
    return { status: a.status, data: a.records.map((r) => r.data) };
  };

  it("serves SPF entries as TXT unless the name has a TXT entry, TXT: NONE included", async () => {
    expect(await ask("both.example", "TXT")).toEqual({ status: "ok", data: [["v=spf1 -all"]] });
    expect(await ask("spfonly.example", "TXT")).toEqual({ status: "nodata", data: [] });
    expect(await ask("copied.example", "TXT")).toEqual({ status: "ok", data: [["v=spf1 ", "-all"]] });
  });

  it("times out every type without a record listed before TIMEOUT", async () => {
    expect((await ask("txttimeout.example", "TXT")).status).toBe("timeout");
    expect((await ask("spftimeout.example", "TXT")).status).toBe("ok");
    expect((await ask("spftimeout.example", "A")).status).toBe("timeout");
  });

  it("is case-insensitive, drops trailing dots, follows CNAMEs and reports loops as SERVFAIL", async () => {
    expect(await ask("mixed.example", "MX")).toEqual({ status: "ok", data: [{ preference: 10, exchange: "Mail.Example" }] });
    expect(await ask("MIXED.example.", "PTR")).toEqual({ status: "ok", data: ["Host.Example"] });
    const alias = await dns.query("alias.example", "A");
    expect([alias.status, alias.cnameChain, alias.records[0]?.data]).toEqual(["ok", ["copied.example"], "192.0.2.1"]);
    expect((await ask("loop.example", "A")).status).toBe("servfail");
    expect((await ask("absent.example", "A")).status).toBe("nxdomain");
    expect((await ask("copied.example", "AAAA")).status).toBe("nodata");
    expect((await ask(`${"a".repeat(64)}.example`, "A")).status).toBe("error");
  });
});
