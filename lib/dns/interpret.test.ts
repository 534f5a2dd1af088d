import * as dnsPacket from "dns-packet";
import { describe, expect, it } from "vitest";
import { interpretReply } from "@/lib/dns/interpret";
import { checkReply, type DecodedReply } from "@/lib/dns/wire-format";
import type { RrType } from "@/lib/dns/types";

const soa = { mname: "ns1.example.jp", rname: "hostmaster.example.jp", serial: 1, refresh: 1, retry: 1, expire: 1, minimum: 120 };

function decoded(type: RrType, rcode: number, sections: Pick<dnsPacket.Packet, "answers" | "authorities">): DecodedReply {
  const buffer = dnsPacket.encode({
    type: "response",
    id: 1,
    flags: dnsPacket.AUTHORITATIVE_ANSWER | rcode,
    questions: [{ name: "q.example.jp", type }],
    ...sections,
  });
  const check = checkReply(buffer, { id: 1, name: "q.example.jp", type });
  if (check.kind !== "reply") throw new Error("fixture packet did not decode");
  return check.reply;
}

describe("interpretReply", () => {
  it("uses min(SOA TTL, SOA MINIMUM) as the negative TTL (RFC 2308 §5)", () => {
    const longSoa = decoded("A", 3, { authorities: [{ name: "example.jp", type: "SOA", ttl: 3600, data: soa }] });
    expect(interpretReply(longSoa, "q.example.jp", "A")).toMatchObject({ status: "nxdomain", ttl: 120 });
    const shortSoa = decoded("A", 0, { authorities: [{ name: "example.jp", type: "SOA", ttl: 30, data: soa }] });
    expect(interpretReply(shortSoa, "q.example.jp", "A")).toMatchObject({ status: "nodata", ttl: 30 });
    expect(interpretReply(decoded("A", 0, {}), "q.example.jp", "A")).toMatchObject({ status: "nodata", ttl: 0 });
  });

  it("treats a TTL with the top bit set as zero (RFC 2181 §8)", () => {
    const reply = decoded("A", 0, { answers: [{ name: "q.example.jp", type: "A", ttl: 0x80000000, data: "192.0.2.1" }] });
    expect(interpretReply(reply, "q.example.jp", "A")).toMatchObject({ status: "ok", ttl: 0, records: [{ ttl: 0 }] });
  });

  it("follows the chain in the answer and keeps only the records at its end", () => {
    const reply = decoded("A", 0, {
      answers: [
        { name: "q.example.jp", type: "CNAME", ttl: 50, data: "Mid.Example.jp." },
        { name: "mid.example.jp", type: "CNAME", ttl: 500, data: "end.example.jp" },
        { name: "end.example.jp", type: "A", ttl: 300, data: "192.0.2.7" },
        { name: "other.example.jp", type: "A", ttl: 300, data: "192.0.2.8" },
      ],
    });
    const outcome = interpretReply(reply, "q.example.jp", "A");
    expect(outcome).toMatchObject({ status: "ok", cnameChain: ["mid.example.jp", "end.example.jp"], ttl: 50 });
    expect(outcome.records.map((record) => record.data)).toEqual(["192.0.2.7"]);
  });

  it("asks to follow a chain that stops without data or SOA, and calls a loop SERVFAIL", () => {
    const outOfZone = decoded("TXT", 0, { answers: [{ name: "q.example.jp", type: "CNAME", ttl: 60, data: "t.example.net" }] });
    expect(interpretReply(outOfZone, "q.example.jp", "TXT")).toMatchObject({ follow: "t.example.net", ttl: 60 });
    const loop = decoded("TXT", 0, {
      answers: [
        { name: "q.example.jp", type: "CNAME", ttl: 60, data: "r.example.jp" },
        { name: "r.example.jp", type: "CNAME", ttl: 60, data: "q.example.jp" },
      ],
    });
    expect(interpretReply(loop, "q.example.jp", "TXT")).toMatchObject({ status: "servfail", detail: "CNAME loop at q.example.jp" });
  });

  it("returns a CNAME question's own record without chasing it", () => {
    const reply = decoded("CNAME", 0, { answers: [{ name: "q.example.jp", type: "CNAME", ttl: 60, data: "t.example.net" }] });
    expect(interpretReply(reply, "q.example.jp", "CNAME")).toMatchObject({ status: "ok", cnameChain: [], records: [{ data: "t.example.net" }] });
  });

  it("maps other RCODEs to error", () => {
    expect(interpretReply(decoded("A", 4, {}), "q.example.jp", "A")).toMatchObject({ status: "error", detail: "server answered RCODE 4" });
  });
});
