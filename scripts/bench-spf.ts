// npm run bench:spf — SPF analysis wall time against the critical path of its DNS queries.
//
// Serves a depth-3 include tree with ten DNS-querying terms from the fixture DNS server, every
// answer delayed by DELAY_MS, and times a cold-cache analysis several times. The critical path is
// the longest chain of queries that depend on each other (root TXT → include TXT → include TXT
// → the leaf's A/MX, plus the MX host's address); an engine that resolves independent branches
// in parallel approaches 1.0× that, a sequential one approaches the number of queries.
import { Resolver } from "node:dns/promises";
import { spf as mailauthSpf } from "mailauth/lib/spf";
import { createDnsClient } from "@/lib/dns/default-client";
import { DNS_DEFAULTS } from "@/lib/dns/config";
import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import { startFixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { analyzeSpf, checkHost } from "@/lib/spf";
import { DEEP_TREE } from "@/lib/spf/testing/fixtures";

const DELAY_MS = Number(process.env.BENCH_DELAY_MS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CRITICAL_PATH = 4; // queries: root TXT → l1a TXT → (l2a TXT | m.example MX) → host A
const IP = "203.0.113.9"; // matches nothing: every term is evaluated

const zones: FixtureZones = Object.fromEntries(
  Object.entries(DEEP_TREE as FixtureZones).map(([name, entries]) => [name, [...entries, { DELAY: DELAY_MS }]]),
);
const dns = await startFixtureDnsServer({ zones });
const server = { host: "127.0.0.1", port: dns.port };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function time(label: string, run: () => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  let queries = 0;
  for (let i = 0; i < RUNS; i++) {
    dns.resetStats();
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
    queries = dns.stats().queries;
  }
  const ms = median(times);
  const ratio = ms / (CRITICAL_PATH * DELAY_MS);
  console.log(
    `${label.padEnd(34)} median ${ms.toFixed(0).padStart(5)} ms  min ${Math.min(...times).toFixed(0).padStart(5)} ms  ` +
      `queries ${String(queries).padStart(3)}  ratio to critical path ${ratio.toFixed(2)}`,
  );
}

console.log(`SPF bench: depth-3 tree, 10 DNS-querying terms, ${DELAY_MS} ms per answer, critical path ${CRITICAL_PATH} queries = ${CRITICAL_PATH * DELAY_MS} ms, ${RUNS} cold runs each`);

// A fresh caching client per run: nothing is reused between runs.
const fresh = () => createDnsClient({ ...DNS_DEFAULTS, servers: [server], serversSource: "env", timeoutMs: 2000 });
await time("todoku analyzeSpf (tree + result)", () => analyzeSpf({ domain: "root.example", ip: IP }, fresh()));
await time("todoku checkHost", () => checkHost({ ip: IP, domain: "root.example", sender: "a@root.example" }, fresh()));

const resolver = () => {
  const r = new Resolver({ timeout: 2000, tries: 1 });
  r.setServers([`127.0.0.1:${dns.port}`]);
  return (name: string, type: string) => r.resolve(name, type as "TXT");
};
await time("mailauth 7 spf() (reference)", () =>
  mailauthSpf({ sender: "a@root.example", ip: IP, helo: "root.example", mta: "mx.example", strict: true, resolver: resolver() as never }),
);

await dns.close();
