import * as dnsPacket from "dns-packet";
import { describe, expect, it } from "vitest";
import { checkReply, encodeQuery, frameForTcp, TcpMessageReader } from "@/lib/dns/wire-format";

const question = { id: 4242, name: "example.jp", type: "TXT" as const };

function reply(overrides: Partial<dnsPacket.Packet> = {}): Buffer {
  return dnsPacket.encode({
    type: "response",
    id: question.id,
    flags: dnsPacket.AUTHORITATIVE_ANSWER,
    questions: [{ name: "Example.JP", type: "TXT", class: "IN" }],
    ...overrides,
  });
}

describe("encodeQuery", () => {
  it("sets RD and adds an EDNS0 OPT record advertising the payload size", () => {
    const decoded = dnsPacket.decode(encodeQuery(question, { recursionDesired: true, ednsPayloadSize: 1232 }));
    expect(decoded.id).toBe(4242);
    expect(decoded.flag_rd).toBe(true);
    expect(decoded.additionals).toEqual([expect.objectContaining({ type: "OPT", udpPayloadSize: 1232, ednsVersion: 0 })]);
  });

  it("can leave RD and EDNS out", () => {
    const decoded = dnsPacket.decode(encodeQuery(question, { recursionDesired: false, ednsPayloadSize: null }));
    expect(decoded.flag_rd).toBe(false);
    expect(decoded.additionals).toEqual([]);
  });
});

describe("checkReply", () => {
  it("accepts the matching reply whatever the case of the echoed name", () => {
    const check = checkReply(reply(), question);
    expect(check.kind).toBe("reply");
    if (check.kind === "reply") expect(check.reply).toMatchObject({ rcode: 0, authoritative: true, truncated: false });
  });

  it("ignores other ids, other questions and queries", () => {
    expect(checkReply(reply({ id: 1 }), question).kind).toBe("mismatch");
    expect(checkReply(reply({ questions: [{ name: "example.jp", type: "A" }] }), question).kind).toBe("mismatch");
    expect(checkReply(reply({ questions: [{ name: "evil.example", type: "TXT" }] }), question).kind).toBe("mismatch");
    expect(checkReply(reply({ type: "query" }), question).kind).toBe("mismatch");
    expect(checkReply(Buffer.from([1, 2, 3]), question).kind).toBe("mismatch");
  });

  it("flags an undecodable reply carrying our id", () => {
    const broken = reply().subarray(0, 20);
    expect(checkReply(broken, question).kind).toBe("malformed");
  });

  it("combines the extended RCODE of the OPT record (RFC 6891 §6.1.3)", () => {
    const badvers = reply({
      additionals: [{ type: "OPT", name: ".", udpPayloadSize: 1232, extendedRcode: 1, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
    });
    const check = checkReply(badvers, question);
    expect(check.kind === "reply" && check.reply.rcode).toBe(16);
  });
});

describe("TcpMessageReader", () => {
  it("reassembles messages split and merged across reads", () => {
    const one = reply();
    const two = reply({ id: 7 });
    const stream = Buffer.concat([frameForTcp(one), frameForTcp(two)]);
    const reader = new TcpMessageReader();
    const out: Buffer[] = [];
    for (const cut of [[0, 1], [1, 5], [5, stream.length - 3], [stream.length - 3, stream.length]]) {
      out.push(...reader.push(stream.subarray(cut[0], cut[1])));
    }
    expect(out.map((message) => message.readUInt16BE(0))).toEqual([4242, 7]);
    expect(out[0]?.equals(one)).toBe(true);
  });
});
