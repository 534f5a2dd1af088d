// Fault injection for every API route: DNS timeouts, SERVFAIL, REFUSED, truncation, lame
// delegations, a resolver that is down or silent, a slow resolver and an include tree past the
// query bounds. Every route must answer within its deadline with the trouble explained: no 5xx,
// no unhandled rejection, no hang, no socket or timer left behind.
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as dnsPacket from "dns-packet";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetDnsClient } from "@/lib/dns/default-client";
import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { closeStore } from "@/lib/store";
import { POST as postBounce } from "./bounce/route";
import { POST as postDiagnose } from "./diagnose/route";
import { GET as getReport } from "./reports/[id]/route";
import { POST as postReport } from "./reports/route";
import { GET as getSpf } from "./spf/route";

/** Per query attempt: short, so a fault costs little test time. */
const DNS_TIMEOUT_MS = 300;
/** The total bound on one analysis (`ANALYSIS_DEADLINE_MS`): every route must answer by then. */
const DEADLINE_MS = 1500;
/** Slack for the work after the DNS is cut off (actions, JSON, SQLite) on a busy 2-core CI box. */
const MARGIN_MS = 600;
/** For the deadline case: a per-query timeout longer than the deadline, so only the deadline can end the wait. */
const LONG_TIMEOUT_MS = 5000;

const saved = { ...process.env };
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const elapsedLog: string[] = [];

let dns: FixtureDnsServer;
/** A second server on 127.0.0.3, same port: serves nothing and refuses everything (a lame delegation). */
let refusing: FixtureDnsServer;
/** 127.0.0.4, same port: answers the question but without the AA bit (lame too, RFC 1912 §2.8). */
let notAuthoritative: UdpSocket;
/** 127.0.0.5, same port: receives and never answers. */
let blackHoleAuth: UdpSocket;
/** Another loopback port that receives and never answers: a resolver that hangs. */
let blackHoleResolver: UdpSocket;
/** A loopback port where nothing listens: a resolver that is down (ICMP port unreachable). */
let closedPort: number;
let dir: string;
/** Handles alive before this file started anything (the test runner's own). */
let baseline: Map<string, number>;

// ---------------------------------------------------------------------------------------------
// Zones
// ---------------------------------------------------------------------------------------------

const HOST = "mail.fault-host.test";
const HOST_IP = "203.0.113.25";
const soa = (zone: string) => ({ SOA: [`ns1.${zone}`, `hostmaster.${zone}`, 1, 3600, 600, 86400, 300] });

/** A healthy domain: SPF, DMARC, MX, NS with an address (the fixture server itself). */
function healthy(zone: string, ns: string[] = ["ns1.fault-ns.test", "ns2.fault-ns.test"]): FixtureZones {
  return {
    [zone]: [soa(zone), ...ns.map((name) => ({ NS: name })), { MX: [10, HOST] }, { TXT: `v=spf1 ip4:${HOST_IP} -all` }],
    [`_dmarc.${zone}`]: [{ TXT: "v=DMARC1; p=none" }],
  };
}

/** SPF records in the include tree below: 1 + 10 + 100 + 1,000. */
const HUGE_TREE_RECORDS = 1111;

/**
 * Ten includes per record, three levels deep: 1,111 records, past both bounds of the analysis
 * (60 records fetched, 400 questions asked).
 */
function hugeIncludeTree(zone: string): FixtureZones {
  const includes = (prefix: string) => Array.from({ length: 10 }, (_, i) => `include:${prefix}${i}.${zone}`).join(" ");
  const zones: FixtureZones = { [zone]: [soa(zone), { NS: "ns1.fault-ns.test" }, { TXT: `v=spf1 ${includes("a")} -all` }] };
  for (let i = 0; i < 10; i++) {
    zones[`a${i}.${zone}`] = [{ TXT: `v=spf1 ${includes(`b${i}-`)} -all` }];
    for (let j = 0; j < 10; j++) {
      zones[`b${i}-${j}.${zone}`] = [{ TXT: `v=spf1 ${includes(`c${i}-${j}-`)} -all` }];
      for (let k = 0; k < 10; k++) zones[`c${i}-${j}-${k}.${zone}`] = [{ TXT: `v=spf1 ip4:198.${i}.${j}.${k} -all` }];
    }
  }
  return zones;
}

const ZONES: FixtureZones = {
  [HOST]: [{ A: HOST_IP }],
  "25.113.0.203.in-addr.arpa": [{ PTR: HOST }],
  "ns1.fault-ns.test": [{ A: "127.0.0.1" }],
  "ns2.fault-ns.test": [{ A: "127.0.0.1" }],
  ...healthy("ok.fault.test"),
  "timeout.fault.test": ["TIMEOUT"],
  "_dmarc.timeout.fault.test": ["TIMEOUT"],
  "servfail.fault.test": ["SERVFAIL"],
  "_dmarc.servfail.fault.test": ["SERVFAIL"],
  "refused.fault.test": ["REFUSED"],
  "_dmarc.refused.fault.test": ["REFUSED"],
  // Every name of the domain truncates over UDP: the answer must come over TCP, complete.
  "truncate.fault.test": ["TRUNCATE", soa("truncate.fault.test"), { NS: "ns1.fault-ns.test" }, { NS: "ns2.fault-ns.test" }, { MX: [10, HOST] }, { TXT: `v=spf1 ip4:${HOST_IP} -all` }],
  "_dmarc.truncate.fault.test": ["TRUNCATE", { TXT: "v=DMARC1; p=none" }],
  // Delegated to servers that do not serve the zone: nothing (127.0.0.2), REFUSED (.3), no AA (.4).
  ...healthy("lame.fault.test", ["ns-down.lame-ns.test", "ns-refused.lame-ns.test", "ns-noaa.lame-ns.test"]),
  "ns-down.lame-ns.test": [{ A: "127.0.0.2" }],
  "ns-refused.lame-ns.test": [{ A: "127.0.0.3" }],
  "ns-noaa.lame-ns.test": [{ A: "127.0.0.4" }],
  // Delegated to a server that swallows every question.
  ...healthy("silent-lame.fault.test", ["ns-silent.lame-ns.test"]),
  "ns-silent.lame-ns.test": [{ A: "127.0.0.5" }],
  // SPF, MX and NS answer at once; DMARC answers far too late.
  ...healthy("slow.fault.test"),
  "_dmarc.slow.fault.test": [{ TXT: "v=DMARC1; p=none" }, { DELAY: 10_000 }],
  ...hugeIncludeTree("huge.fault.test"),
};

// ---------------------------------------------------------------------------------------------
// Set-up
// ---------------------------------------------------------------------------------------------

function bindUdp(host: string, port: number): Promise<UdpSocket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket("udp4");
    socket.once("error", reject);
    socket.bind(port, host, () => {
      socket.off("error", reject);
      resolve(socket);
    });
  });
}

function useEnv(overrides: Record<string, string>): void {
  Object.assign(process.env, overrides);
  resetDnsClient();
}

function baseEnv(): Record<string, string> {
  return {
    DNS_SERVERS: `127.0.0.1:${dns.port}`,
    DNS_AUTH_PORT: String(dns.port),
    DNS_TIMEOUT_MS: String(DNS_TIMEOUT_MS),
    DNS_RETRIES: "0",
    ANALYSIS_DEADLINE_MS: String(DEADLINE_MS),
    RATE_LIMIT_PER_MINUTE: "0",
  };
}

/** Counts of the handles that keep the event loop alive (sockets, servers, ref'd timers). */
function activeResources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const type of process.getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

beforeAll(async () => {
  baseline = activeResources();
  process.on("unhandledRejection", onUnhandled);
  process.on("uncaughtException", onUnhandled);
  dns = await startFixtureDnsServer({ zones: ZONES });
  refusing = await startFixtureDnsServer({ zones: {}, host: "127.0.0.3", port: dns.port, refuseOutOfZone: true });
  notAuthoritative = await bindUdp("127.0.0.4", dns.port);
  notAuthoritative.on("message", (message, peer) => {
    const query = dnsPacket.decode(message);
    const question = query.questions?.[0];
    if (!question) return;
    const reply = dnsPacket.encode({
      type: "response",
      id: query.id ?? 0,
      flags: 0, // no AA: "I am not in charge of this zone"
      questions: [question],
      answers: question.type === "TXT" ? [{ name: question.name, type: "TXT", class: "IN", ttl: 300, data: [Buffer.from("v=spf1 -all")] }] : [],
    });
    notAuthoritative.send(reply, peer.port, peer.address);
  });
  blackHoleAuth = await bindUdp("127.0.0.5", dns.port);
  blackHoleResolver = await bindUdp("127.0.0.1", 0);
  const probe = await bindUdp("127.0.0.1", 0);
  closedPort = probe.address().port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));

  dir = mkdtempSync(join(tmpdir(), "todoku-faults-"));
  delete process.env.DATABASE_URL;
  useEnv({ ...baseEnv(), DATABASE_PATH: join(dir, "reports.sqlite") });
  await closeStore();

  // Warm-up: load every route's modules and open the store, so the timings below measure the
  // faults, and the resource baseline already holds whatever the app keeps open for good.
  expect((await spf("ok.fault.test")).status).toBe(200);
  expect((await diagnoseJson({ scenario: "direct", domain: "ok.fault.test" })).status).toBe(200);
  expect((await report({ scenario: "direct", domain: "ok.fault.test" })).status).toBe(201);
  expect((await bounce()).status).toBe(200);
});

// The DNS cache keeps failures for 3 s (RFC 2308 §7): a fresh client per test, so every call
// meets the fault itself and not a cached copy of it.
beforeEach(() => resetDnsClient());

let fixturesClosed = false;

/** Stops the fixture servers and sockets (their own delayed-reply timers included) and the store. */
async function closeFixtures(): Promise<void> {
  if (fixturesClosed) return;
  fixturesClosed = true;
  await closeStore();
  resetDnsClient();
  await dns.close();
  await refusing.close();
  for (const socket of [notAuthoritative, blackHoleAuth, blackHoleResolver]) await new Promise<void>((resolve) => socket.close(() => resolve()));
}

afterAll(async () => {
  await closeFixtures();
  process.env = saved;
  resetDnsClient();
  rmSync(dir, { recursive: true, force: true });
  process.off("unhandledRejection", onUnhandled);
  process.off("uncaughtException", onUnhandled);
  console.log(`elapsed per fault case (deadline ${DEADLINE_MS} ms + ${MARGIN_MS} ms margin):\n${elapsedLog.join("\n")}`);
});

// ---------------------------------------------------------------------------------------------
// Calling the routes
// ---------------------------------------------------------------------------------------------

interface Timed<T> {
  status: number;
  ms: number;
  body: T;
}

// The API answers with JSON whose shape these tests check field by field.
type Json = any;

async function timed(label: string, call: () => Promise<Response>, read: (response: Response) => Promise<Json> = (r) => r.json()): Promise<Timed<Json>> {
  const started = performance.now();
  const response = await call();
  const body = await read(response);
  const ms = performance.now() - started;
  elapsedLog.push(`  ${label.padEnd(58)} ${ms.toFixed(0).padStart(5)} ms  (${response.status})`);
  return { status: response.status, ms, body };
}

const json = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

function spf(domain: string, ip = HOST_IP) {
  return timed(`GET spf ${domain}`, () => getSpf(new Request(`http://todoku.test/api/v1/spf?domain=${domain}&ip=${ip}`)));
}

function diagnoseJson(body: Record<string, unknown>) {
  return timed(`POST diagnose ${String(body.domain)}${body.expect ? " +expect" : ""}`, () =>
    postDiagnose(new Request("http://todoku.test/api/v1/diagnose?view=bilingual", json(body))),
  );
}

/** The NDJSON stream, read to its end; each line parsed. */
function diagnoseStream(body: Record<string, unknown>) {
  return timed(
    `POST diagnose (ndjson) ${String(body.domain)}`,
    () => postDiagnose(new Request("http://todoku.test/api/v1/diagnose?view=bilingual", { ...json(body), headers: { "content-type": "application/json", accept: "application/x-ndjson" } })),
    async (response) => (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as Json),
  );
}

function report(body: Record<string, unknown>) {
  return timed(`POST reports ${String(body.domain)}`, () => postReport(new Request("http://todoku.test/api/v1/reports", json(body))));
}

const BOUNCE = `Final-Recipient: rfc822; hanako@gmail.com
Action: failed
Status: 5.7.26
Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from ok.fault.test is not accepted due to domain's DMARC policy. - gsmtp
`;

function bounce() {
  return timed("POST bounce", () => postBounce(new Request("http://todoku.test/api/v1/bounce", { method: "POST", headers: { "content-type": "text/plain" }, body: BOUNCE })));
}

async function storedDiagnosis(id: string): Promise<Json> {
  const response = await getReport(new Request(`http://todoku.test/api/v1/reports/${id}`), { params: Promise.resolve({ id }) });
  expect(response.status).toBe(200);
  return (await response.json()).diagnosis;
}

// ---------------------------------------------------------------------------------------------
// Assertions
// ---------------------------------------------------------------------------------------------

const JAPANESE = /[ぁ-んァ-ン一-龯]/;

function expectInTime(result: Timed<unknown>, bound = DEADLINE_MS + MARGIN_MS): void {
  expect(result.status).toBeLessThan(500);
  expect(result.ms, `answered in ${result.ms.toFixed(0)} ms`).toBeLessThanOrEqual(bound);
}

/** A finding explained in both languages. */
function expectBilingual(message: { ja: string; en: string }): void {
  expect(message.ja).toMatch(JAPANESE);
  expect(message.en).toMatch(/[a-z]{3}/);
}

/** The diagnosis says which checks could not finish, why, and that the result is partial. */
function expectExplainedDiagnosis(diagnosis: Json, unknownChecks: string[], statusText?: RegExp): void {
  expect(diagnosis.partial).toBe(true);
  expect(diagnosis.verdict.status).toBe("incomplete");
  expectBilingual(diagnosis.verdict.text);
  for (const check of unknownChecks) {
    expect(diagnosis.checks[check].status, check).toBe("unknown");
    const finding = diagnosis.checks[check].findings.find((f: Json) => f.code === `${check}.dns_error`);
    expect(finding, `${check}.dns_error in ${JSON.stringify(diagnosis.checks[check].findings)}`).toBeDefined();
    expectBilingual(finding.message);
    if (statusText) expect(finding.message.en).toMatch(statusText);
  }
}

function expectExplainedStream(lines: Json[], unknownChecks: string[]): void {
  expect(lines.some((line) => line.type === "error")).toBe(false);
  const done = new Map(lines.filter((l) => l.type === "check" && l.state === "done").map((l) => [l.check, l.status]));
  expect([...done.keys()].sort()).toEqual(["dkim", "dmarc", "mx", "ns", "ptr", "spf"]);
  for (const check of unknownChecks) expect(done.get(check), check).toBe("unknown");
  const last = lines.at(-1);
  expect(last.type).toBe("result");
  expectExplainedDiagnosis(last.diagnosis, unknownChecks);
}

function expectSpfTemperror(body: Json, statusText?: RegExp): void {
  expect(body.result).toBe("temperror");
  const finding = body.findings.find((f: Json) => f.code === "spf.dns_error");
  expect(finding, JSON.stringify(body.findings)).toBeDefined();
  expect(finding.message).toMatch(JAPANESE); // the default locale
  if (statusText) expect(finding.message).toMatch(statusText);
}

// ---------------------------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------------------------

/** Every record of the domain fails the same way; the checks that only ask about it are unknown. */
const FAILING: { fault: string; domain: string; text: RegExp; ja: RegExp; unknown: string[] }[] = [
  { fault: "TIMEOUT", domain: "timeout.fault.test", text: /timeout/, ja: /タイムアウト/, unknown: ["spf", "dmarc", "mx", "ns"] },
  { fault: "SERVFAIL", domain: "servfail.fault.test", text: /SERVFAIL/, ja: /SERVFAIL/, unknown: ["spf", "dmarc", "mx", "ns"] },
  { fault: "REFUSED", domain: "refused.fault.test", text: /REFUSED/, ja: /REFUSED/, unknown: ["spf", "dmarc", "mx", "ns"] },
];

describe.each(FAILING)("every answer for the domain is $fault", ({ domain, text, ja, unknown }) => {
  beforeAll(() => useEnv(baseEnv()));

  it("GET /api/v1/spf: 200, temperror with spf.dns_error saying why", async () => {
    const result = await spf(domain);
    expectInTime(result);
    expect(result.status).toBe(200);
    expect(result.body.domain).toBe(domain);
    expectSpfTemperror(result.body, ja);
  });

  it("POST /api/v1/diagnose (JSON): 200, partial, incomplete, *.dns_error per failed check", async () => {
    const result = await diagnoseJson({ scenario: "direct", domain, serverHost: HOST });
    expectInTime(result);
    expect(result.status).toBe(200);
    expectExplainedDiagnosis(result.body, unknown, text);
    // The checks that do not depend on the failing domain still finished.
    expect(result.body.checks.ptr.status).not.toBe("unknown");
  });

  it("POST /api/v1/diagnose (NDJSON): every check reported done, then the explained result", async () => {
    const result = await diagnoseStream({ scenario: "direct", domain, serverHost: HOST });
    expectInTime(result);
    expect(result.status).toBe(200);
    expectExplainedStream(result.body, unknown);
  });

  it("POST /api/v1/reports: 201, the stored snapshot is marked partial", async () => {
    const result = await report({ scenario: "direct", domain, serverHost: HOST });
    expectInTime(result);
    expect(result.status).toBe(201);
    expectExplainedDiagnosis(await storedDiagnosis(result.body.id), unknown, text);
  });
});

describe("truncation (TC over UDP): the answer comes over TCP, complete, and there is no trouble", () => {
  beforeAll(() => useEnv(baseEnv()));

  it("GET /api/v1/spf: the record, pass, no DNS error; the queries went over TCP", async () => {
    const before = dns.stats().tcp;
    const result = await spf("truncate.fault.test");
    expectInTime(result, DEADLINE_MS);
    expect(result.status).toBe(200);
    expect(result.body.records).toEqual([`v=spf1 ip4:${HOST_IP} -all`]);
    expect(result.body.result).toBe("pass");
    expect(result.body.findings.map((f: Json) => f.code)).not.toContain("spf.dns_error");
    expect(dns.stats().tcp).toBeGreaterThan(before);
  });

  it("POST /api/v1/diagnose (JSON): complete, not partial, DMARC read over TCP", async () => {
    const result = await diagnoseJson({ scenario: "direct", domain: "truncate.fault.test", serverHost: HOST });
    expectInTime(result, DEADLINE_MS);
    expect(result.status).toBe(200);
    expect(result.body.partial).toBe(false);
    expect(result.body.verdict.status).not.toBe("incomplete");
    expect(result.body.checks.spf.status).toBe("ok");
    expect(result.body.checks.dmarc.record).toBe("v=DMARC1; p=none");
    expect(result.body.findings.filter((f: Json) => f.code.endsWith(".dns_error"))).toEqual([]);
  });

  it("POST /api/v1/diagnose (NDJSON): every check done, none unknown", async () => {
    const result = await diagnoseStream({ scenario: "direct", domain: "truncate.fault.test", serverHost: HOST });
    expectInTime(result, DEADLINE_MS);
    const done = result.body.filter((l: Json) => l.type === "check" && l.state === "done");
    expect(done).toHaveLength(6);
    expect(done.map((l: Json) => l.status)).not.toContain("unknown");
    expect(result.body.at(-1)).toMatchObject({ type: "result", diagnosis: { partial: false } });
  });

  it("POST /api/v1/reports: 201, a complete snapshot", async () => {
    const result = await report({ scenario: "direct", domain: "truncate.fault.test", serverHost: HOST });
    expectInTime(result, DEADLINE_MS);
    expect(result.status).toBe(201);
    expect((await storedDiagnosis(result.body.id)).partial).toBe(false);
  });
});

describe("lame delegation: \"is my change live?\" says unknown instead of hanging", () => {
  const expectSpf = [{ name: "lame.fault.test", type: "TXT", value: `v=spf1 ip4:${HOST_IP} -all` }];
  beforeAll(() => useEnv(baseEnv()));

  function expectUnknownPropagation(diagnosis: Json, domain: string, servers: number): void {
    expect(diagnosis.propagation).toHaveLength(1);
    const [live] = diagnosis.propagation;
    expect(live.state).toBe("unknown");
    expect(live.waitMinutes).toBeNull();
    expect(live.authoritative).toHaveLength(servers);
    expect(live.authoritative.every((server: Json) => server.lame)).toBe(true);
    expectBilingual(live.message);
    expect(live.message.en).toContain(domain);
    // The resolver still answers: the rest of the diagnosis is whole.
    expect(diagnosis.checks.spf.status).toBe("ok");
  }

  it("servers that are down, refuse, or answer without AA: unknown at once (JSON)", async () => {
    const result = await diagnoseJson({ scenario: "direct", domain: "lame.fault.test", serverHost: HOST, expect: expectSpf });
    expectInTime(result);
    expect(result.status).toBe(200);
    expectUnknownPropagation(result.body, "lame.fault.test", 3);
    const byServer = Object.fromEntries(result.body.propagation[0].authoritative.map((s: Json) => [s.address, s.status]));
    expect(byServer).toEqual({ "127.0.0.2": "error", "127.0.0.3": "refused", "127.0.0.4": "ok" });
    // None of them waits for a timeout.
    expect(result.ms).toBeLessThan(DEADLINE_MS);
  });

  it("the same through the NDJSON stream", async () => {
    const result = await diagnoseStream({ scenario: "direct", domain: "lame.fault.test", serverHost: HOST, expect: expectSpf });
    expectInTime(result);
    expect(result.body.some((l: Json) => l.type === "stage" && l.stage === "propagation")).toBe(true);
    expectUnknownPropagation(result.body.at(-1).diagnosis, "lame.fault.test", 3);
  });

  it("a name server that swallows every question: unknown by the deadline (JSON)", async () => {
    const expectSilent = [{ name: "silent-lame.fault.test", type: "TXT", value: `v=spf1 ip4:${HOST_IP} -all` }];
    const result = await diagnoseJson({ scenario: "direct", domain: "silent-lame.fault.test", serverHost: HOST, expect: expectSilent });
    expectInTime(result);
    expect(result.status).toBe(200);
    expectUnknownPropagation(result.body, "silent-lame.fault.test", 1);
    expect(result.body.propagation[0].authoritative[0]).toMatchObject({ address: "127.0.0.5", status: "timeout" });
  });

  it("POST /api/v1/reports with the expectation: 201, the snapshot keeps the unknown state", async () => {
    const result = await report({ scenario: "direct", domain: "lame.fault.test", serverHost: HOST, expect: expectSpf });
    expectInTime(result);
    expect(result.status).toBe(201);
    expect((await storedDiagnosis(result.body.id)).propagation[0].state).toBe("unknown");
  });
});

const RESOLVER_DOWN: { name: string; servers: () => string; text: RegExp }[] = [
  { name: "nothing listens on the resolver's port", servers: () => `127.0.0.1:${closedPort}`, text: /error/ },
  { name: "the resolver takes the datagrams and never answers", servers: () => `127.0.0.1:${blackHoleResolver.address().port}`, text: /timeout/ },
];

describe.each(RESOLVER_DOWN)("resolver down: $name", ({ servers, text }) => {
  const ALL = ["spf", "dmarc", "mx", "ns", "ptr"];
  beforeAll(() => useEnv({ ...baseEnv(), DNS_SERVERS: servers() }));

  it("GET /api/v1/spf: 200, temperror with spf.dns_error", async () => {
    const result = await spf("ok.fault.test");
    expectInTime(result);
    expect(result.status).toBe(200);
    expectSpfTemperror(result.body);
  });

  it("POST /api/v1/diagnose (JSON): 200, every DNS check unknown and explained", async () => {
    const result = await diagnoseJson({ scenario: "direct", domain: "ok.fault.test", ip: HOST_IP });
    expectInTime(result);
    expect(result.status).toBe(200);
    expectExplainedDiagnosis(result.body, ALL, text);
  });

  it("POST /api/v1/diagnose (NDJSON): 200, every check done as unknown, then the result", async () => {
    const result = await diagnoseStream({ scenario: "direct", domain: "ok.fault.test", ip: HOST_IP });
    expectInTime(result);
    expectExplainedStream(result.body, ALL);
  });

  it("POST /api/v1/diagnose with an expectation: propagation unknown", async () => {
    const result = await diagnoseJson({ scenario: "direct", domain: "ok.fault.test", ip: HOST_IP, expect: [{ name: "ok.fault.test", type: "TXT", value: "v=spf1 -all" }] });
    expectInTime(result);
    expect(result.body.propagation[0].state).toBe("unknown");
    expectBilingual(result.body.propagation[0].message);
  });

  it("POST /api/v1/reports: 201, the snapshot explains the trouble", async () => {
    const result = await report({ scenario: "direct", domain: "ok.fault.test", ip: HOST_IP });
    expectInTime(result);
    expect(result.status).toBe(201);
    expectExplainedDiagnosis(await storedDiagnosis(result.body.id), ALL, text);
  });

  it("POST /api/v1/bounce does not use DNS and is unaffected", async () => {
    const result = await bounce();
    expectInTime(result, MARGIN_MS);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ category: expect.any(String), dnsFixable: expect.any(Boolean) });
    expect(result.body.title).toMatch(JAPANESE);
  });
});

describe("a slow resolver: fast checks complete, slow ones are unknown, the result is partial", () => {
  const SLOW = { scenario: "direct", domain: "slow.fault.test", serverHost: HOST };

  function expectSlowDmarcOnly(diagnosis: Json): void {
    expect(diagnosis.partial).toBe(true);
    expect(diagnosis.checks.dmarc.status).toBe("unknown");
    expect(diagnosis.checks.dmarc.findings.map((f: Json) => f.code)).toContain("dmarc.dns_error");
    for (const check of ["spf", "mx", "ns", "ptr"]) expect(diagnosis.checks[check].status, check).not.toBe("unknown");
    expect(diagnosis.checks.spf.result).toBe("pass");
    expectBilingual(diagnosis.verdict.text);
  }

  describe("the delay is longer than the per-query timeout", () => {
    beforeAll(() => useEnv(baseEnv()));

    it("POST /api/v1/diagnose (JSON) answers after about one timeout", async () => {
      const result = await diagnoseJson(SLOW);
      expectInTime(result);
      expect(result.status).toBe(200);
      expectSlowDmarcOnly(result.body);
      expect(result.ms).toBeLessThan(DEADLINE_MS);
    });

    it("GET /api/v1/spf is not slowed at all", async () => {
      const result = await spf("slow.fault.test");
      expectInTime(result, DNS_TIMEOUT_MS);
      expect(result.body.result).toBe("pass");
    });
  });

  describe("the per-query timeout is longer than the deadline: only the deadline ends the wait", () => {
    beforeAll(() => useEnv({ ...baseEnv(), DNS_TIMEOUT_MS: String(LONG_TIMEOUT_MS) }));

    it("POST /api/v1/diagnose (JSON): cut at the deadline, partial", async () => {
      const result = await diagnoseJson(SLOW);
      expectInTime(result);
      expect(result.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
      expect(result.status).toBe(200);
      expectSlowDmarcOnly(result.body);
    });

    it("POST /api/v1/diagnose (NDJSON): the fast checks are done first, DMARC at the deadline", async () => {
      const result = await diagnoseStream(SLOW);
      expectInTime(result);
      const done = result.body.filter((l: Json) => l.type === "check" && l.state === "done").map((l: Json) => l.check);
      expect(done.at(-1)).toBe("dmarc");
      expectSlowDmarcOnly(result.body.at(-1).diagnosis);
    });

    it("POST /api/v1/reports: 201 by the deadline, the snapshot marked partial", async () => {
      const result = await report(SLOW);
      expectInTime(result);
      expect(result.status).toBe(201);
      expectSlowDmarcOnly(await storedDiagnosis(result.body.id));
    });

    it("GET /api/v1/spf on a TIMEOUT domain: temperror at the deadline, not after the 5 s timeout", async () => {
      const result = await spf("timeout.fault.test");
      expectInTime(result);
      expectSpfTemperror(result.body);
    });
  });
});

describe("an include tree past the analysis bounds (1,111 records)", () => {
  beforeAll(() => useEnv(baseEnv()));

  /** Questions the fixture server received about the tree's names since the last reset. */
  const treeQueries = () => Object.entries(dns.stats().byName).reduce((sum, [name, count]) => sum + (name.endsWith("huge.fault.test") ? count : 0), 0);

  it("GET /api/v1/spf stops at its bound with spf.analysis_truncated, fast", async () => {
    dns.resetStats();
    const result = await spf("huge.fault.test", "198.51.9.9");
    expectInTime(result, DEADLINE_MS);
    expect(result.status).toBe(200);
    const codes = result.body.findings.map((f: Json) => f.code);
    expect(codes).toContain("spf.analysis_truncated");
    expect(codes).toContain("spf.lookup_limit");
    expect(codes).not.toContain("spf.dns_error");
    // check_host() keeps the RFC 7208 limit of 10 lookups: permerror, whatever the tree holds.
    expect(result.body.result).toBe("permerror");
    const truncated = result.body.findings.find((f: Json) => f.code === "spf.analysis_truncated");
    expect(truncated.message).toMatch(JAPANESE);
    // The expansion stopped at its bound: at most 60 records fetched, the rest marked truncated.
    const nodes: Json[] = [];
    const walk = (node: Json) => {
      nodes.push(node);
      for (const term of node.terms) if (term.child) walk(term.child);
    };
    walk(result.body.tree);
    expect(nodes.filter((node) => node.status === "ok").length).toBeLessThanOrEqual(60);
    expect(nodes.some((node) => node.status === "truncated")).toBe(true);
    const asked = treeQueries();
    elapsedLog.push(`  (include tree: ${asked} DNS questions asked for ${HUGE_TREE_RECORDS} records)`);
    expect(asked).toBeLessThan(HUGE_TREE_RECORDS / 2);
  });

  it("POST /api/v1/diagnose (JSON) carries the finding and stays fast", async () => {
    const result = await diagnoseJson({ scenario: "direct", domain: "huge.fault.test", ip: "198.51.9.9" });
    expectInTime(result, DEADLINE_MS);
    expect(result.status).toBe(200);
    expect(result.body.checks.spf.findings.map((f: Json) => f.code)).toContain("spf.analysis_truncated");
    expect(result.body.partial).toBe(false);
  });
});

describe("afterwards", () => {
  it("no unhandled rejection or uncaught exception happened", async () => {
    // Late socket errors or rejected promises of aborted queries would land here within a tick or two.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unhandled).toEqual([]);
  });

  it("once the fixture servers are closed, no socket, server or timer is left running", async () => {
    await closeFixtures();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = activeResources();
    const extra = [...now].filter(([type, count]) => count > (baseline.get(type) ?? 0));
    expect(extra, `before: ${JSON.stringify([...baseline])}`).toEqual([]);
  });
});
