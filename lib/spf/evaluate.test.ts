import { describe, expect, it } from "vitest";
import type { DnsClient } from "@/lib/dns/types";
import { checkHost } from "@/lib/spf/evaluate";
import { DEEP_TREE } from "@/lib/spf/testing/fixtures";
import { buildZone, ZonedataClient } from "@/lib/spf/testing/zonedata-client";

function distinctQuestions(client: ZonedataClient): boolean {
  const keys = client.queries.map((q) => `${q.type} ${q.name}`);
  return new Set(keys).size === keys.length;
}

describe("checkHost", () => {
  it("names the deciding term, with the matching term inside an include", async () => {
    const zone = buildZone({
      "d.example": [{ TXT: "v=spf1 ip4:198.51.100.0/24 include:inc.example -all" }],
      "inc.example": [{ TXT: "v=spf1 a:h.example ~all" }],
      "h.example": [{ A: "192.0.2.7" }],
    });
    const res = await checkHost({ ip: "192.0.2.7", sender: "info@d.example", helo: "mail.d.example" }, new ZonedataClient(zone));
    expect(res.result).toBe("pass");
    expect(res.lookups).toBe(2);
    expect(res.decidingTerm).toMatchObject({ domain: "d.example", text: "include:inc.example", start: 27, end: 46, mechanism: "include", qualifier: "+" });
    expect(res.decidingTerm?.via).toMatchObject({ domain: "inc.example", text: "a:h.example", start: 7, end: 18 });
    const fail = await checkHost({ ip: "203.0.113.1", sender: "info@d.example" }, new ZonedataClient(zone));
    expect(fail).toMatchObject({ result: "fail", decidingTerm: { text: "-all", qualifier: "-" } });
  });

  it("checks the HELO identity as postmaster@helo when the sender is empty (RFC 7208 §2.3, §2.4)", async () => {
    const zone = buildZone({ "mail.example": [{ TXT: "v=spf1 exists:%{l}.%{o}.x.example -all" }], "postmaster.mail.example.x.example": [{ A: "127.0.0.2" }] });
    expect((await checkHost({ ip: "192.0.2.1", sender: "", helo: "mail.example" }, new ZonedataClient(zone))).result).toBe("pass");
    expect((await checkHost({ ip: "192.0.2.1", sender: "", helo: "[192.0.2.1]" }, new ZonedataClient(zone))).result).toBe("none");
  });

  it("returns the exp= explanation of the record whose mechanism failed", async () => {
    const zone = buildZone({
      "d.example": [{ TXT: "v=spf1 -all exp=why.d.example" }],
      "why.d.example": [{ TXT: "%{c} may not send for %{d}; see https://d.example/spf?s=%{S}" }],
    });
    const res = await checkHost({ ip: "192.0.2.9", sender: "a+b@d.example", receiver: "mx.example" }, new ZonedataClient(zone));
    expect(res.explanation).toBe("192.0.2.9 may not send for d.example; see https://d.example/spf?s=a%2Bb%40d.example");
  });

  it("gives temperror when DNS fails, an aborted signal or a client that breaks its promise", async () => {
    const zone = buildZone({ "d.example": [{ TXT: "v=spf1 include:slow.example -all" }], "slow.example": ["TIMEOUT"] });
    const res = await checkHost({ ip: "192.0.2.1", sender: "x@d.example" }, new ZonedataClient(zone));
    expect(res).toMatchObject({ result: "temperror", problem: { code: "dns", name: "slow.example", status: "timeout", domain: "d.example", term: { text: "include:slow.example" } } });
    const controller = new AbortController();
    controller.abort();
    const aborted = await checkHost({ ip: "192.0.2.1", sender: "x@d.example" }, new ZonedataClient(zone), { signal: controller.signal });
    expect(aborted.result).toBe("temperror");
    const broken: DnsClient = { query: () => Promise.reject(new Error("socket closed")) };
    expect((await checkHost({ ip: "192.0.2.1", sender: "x@d.example" }, broken)).result).toBe("temperror");
  });

  it("asks each name and type once and resolves a depth-3 tree in about depth round trips", async () => {
    const delay = 100;
    const client = new ZonedataClient(buildZone(DEEP_TREE), { delayMs: delay });
    const started = performance.now();
    const res = await checkHost({ ip: "203.0.113.9", sender: "x@root.example" }, client);
    const elapsed = performance.now() - started;
    expect(res.result).toBe("fail");
    expect(res.lookups).toBe(10);
    expect(distinctQuestions(client)).toBe(true);
    // One query after another would take 12 delays; the critical path is 4.
    expect(client.queries).toHaveLength(12);
    expect(elapsed).toBeGreaterThanOrEqual(4 * delay - 5);
    expect(elapsed).toBeLessThan(6 * delay);
  });

  it("bounds speculative queries per evaluation", async () => {
    const terms = Array.from({ length: 60 }, (_, i) => `a:x${i}.example`).join(" ");
    const zone = buildZone({ "d.example": [{ TXT: `v=spf1 ip4:192.0.2.1 ${terms} -all` }] });
    const unbounded = new ZonedataClient(zone);
    expect((await checkHost({ ip: "192.0.2.1", sender: "x@d.example" }, unbounded)).result).toBe("pass");
    expect(unbounded.queries.length).toBeLessThanOrEqual(1 + 60);
    const bounded = new ZonedataClient(zone);
    await checkHost({ ip: "192.0.2.1", sender: "x@d.example" }, bounded, { maxSpeculativeQueries: 5 });
    expect(bounded.queries).toHaveLength(1 + 5);
  });

  it("rejects an ip that is not an address", async () => {
    await expect(checkHost({ ip: "not-an-ip", sender: "x@d.example" }, new ZonedataClient(new Map()))).rejects.toThrow(RangeError);
  });
});
