import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postBounce } from "@/app/api/v1/bounce/route";
import { GET as getSpf } from "@/app/api/v1/spf/route";
import { resetDnsClient } from "@/lib/dns/default-client";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { resetApiGuard, withApiGuard } from "@/lib/http/api-guard";
import { BUSY_MESSAGE, rateLimitedMessage } from "@/lib/http/limit-messages";
import { captureLogs, type CapturedLogs } from "@/lib/log/testing/capture-logs";
import { closeStore } from "@/lib/store";

const saved = { ...process.env };
let dns: FixtureDnsServer;
let logs: CapturedLogs;

/** Five seconds into a minute: the window resets 55 s later. */
const T0 = Date.UTC(2026, 0, 15, 9, 30, 5);

beforeAll(async () => {
  dns = await startFixtureDnsServer({
    zones: {
      // One name per test: the DNS cache answers a name's second query at once.
      ...Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`slow${i}.test`, [{ DELAY: 400 }, { TXT: "v=spf1 -all" }]])),
      "fast.test": [{ TXT: "v=spf1 -all" }],
    },
  });
  Object.assign(process.env, { DNS_SERVERS: `127.0.0.1:${dns.port}`, DNS_TIMEOUT_MS: "2000", DNS_RETRIES: "0" });
  resetDnsClient();
});
afterAll(async () => {
  process.env = saved;
  resetDnsClient();
  resetApiGuard();
  await dns.close();
});

beforeEach(() => {
  for (const variable of ["RATE_LIMIT_PER_MINUTE", "TRUSTED_PROXY_HOPS", "MAX_CONCURRENT_ANALYSES", "ANALYSIS_QUEUE_MS", "DATABASE_URL"]) delete process.env[variable];
  resetApiGuard();
  logs = captureLogs();
});
afterEach(() => {
  vi.useRealTimers();
  logs.restore();
});

/** A request as `next start` hands it over: X-Forwarded-For holds the peer (or what proxies wrote). */
function bounce(forwardedFor: string | null, { query = "", headers = {} }: { query?: string; headers?: Record<string, string> } = {}) {
  return postBounce(
    new Request(`http://todoku.test/api/v1/bounce${query}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}), ...headers },
      body: JSON.stringify({ text: "" }),
    }),
  );
}

async function send(n: number, forwardedFor: string | null) {
  const statuses = [];
  for (let i = 0; i < n; i++) statuses.push((await bounce(forwardedFor)).status);
  return statuses;
}

describe("rate limit on a real route", () => {
  it("answers the 61st request of a minute with 429, Retry-After and X-Request-Id", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: T0 });
    const statuses = await send(60, "203.0.113.7");
    expect(statuses.every((status) => status === 400)).toBe(true);

    const refused = await bounce("203.0.113.7");
    expect(refused.status).toBe(429);
    // 55 s left in this minute, then 2 s more until enough of these 61 requests slid out of the last minute.
    expect(refused.headers.get("retry-after")).toBe("57");
    expect(refused.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(await refused.json()).toEqual({ error: { code: "rate_limited", message: rateLimitedMessage(57).ja } });

    const english = await bounce("203.0.113.7", { query: "?lang=en" });
    expect(await english.json()).toEqual({ error: { code: "rate_limited", message: "Too many checks from your network in a short time. Please try again in 58 seconds." } });

    // Another client is not affected; once the wait the last answer named is over, requests pass again.
    expect((await bounce("198.51.100.1")).status).toBe(400);
    vi.setSystemTime(T0 + 58_000);
    expect((await bounce("203.0.113.7")).status).toBe(400);

    const refusedLine = logs.requests().find((line) => line.status === 429);
    expect(refusedLine).toMatchObject({ level: "warn", outcome: "rate_limited", route: "/api/v1/bounce", rateLimit: { limit: 60, source: "memory" } });
  });

  it("follows RATE_LIMIT_PER_MINUTE, and 0 turns it off", async () => {
    process.env.RATE_LIMIT_PER_MINUTE = "3";
    resetApiGuard();
    vi.useFakeTimers({ toFake: ["Date"], now: T0 });
    expect(await send(4, "203.0.113.7")).toEqual([400, 400, 400, 429]);

    process.env.RATE_LIMIT_PER_MINUTE = "0";
    resetApiGuard();
    expect((await send(150, "203.0.113.7")).every((status) => status === 400)).toBe(true);
  });

  it("behind one proxy (TRUSTED_PROXY_HOPS=1), made-up entries to the left do not escape the limit", async () => {
    process.env.RATE_LIMIT_PER_MINUTE = "3";
    process.env.TRUSTED_PROXY_HOPS = "1";
    resetApiGuard();
    vi.useFakeTimers({ toFake: ["Date"], now: T0 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await bounce(`10.${i}.0.1, 203.0.113.7`)).status);
    expect(statuses).toEqual([400, 400, 400, 429, 429]);
    // A different client behind the same proxy has its own count.
    expect((await bounce("203.0.113.8")).status).toBe(400);
  });

  it("keeps answering when the shared store is unreachable (counts in memory, logs it once)", async () => {
    process.env.RATE_LIMIT_PER_MINUTE = "2";
    // Nothing listens on port 1: every connection is refused.
    process.env.DATABASE_URL = "postgres://todoku@127.0.0.1:1/todoku";
    resetApiGuard();
    await closeStore();
    try {
      expect(await send(3, "203.0.113.7")).toEqual([400, 400, 429]);
      const warnings = logs.lines.filter((line) => line.component === "rate-limit");
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ level: "warn", reason: expect.stringMatching(/ECONNREFUSED|Error/) });
    } finally {
      delete process.env.DATABASE_URL;
      await closeStore();
    }
  });
});

describe("request id", () => {
  it("keeps a sane incoming X-Request-Id and replaces anything else", async () => {
    const kept = await bounce(null, { headers: { "x-request-id": "lb-7f3a.2026:01" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-7f3a.2026:01");
    const replaced = await bounce(null, { headers: { "x-request-id": "taro@example.jp {\"level\":\"fake\"}" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.requests().map((line) => line.reqId)).toEqual(["lb-7f3a.2026:01", replaced.headers.get("x-request-id")]);
  });
});

describe("concurrent analyses", () => {
  const spf = (domain: string, query = "") => getSpf(new Request(`http://todoku.test/api/v1/spf?domain=${domain}${query}`));

  it("the analysis beyond MAX_CONCURRENT_ANALYSES waits, then gets 503 busy after ANALYSIS_QUEUE_MS", async () => {
    Object.assign(process.env, { MAX_CONCURRENT_ANALYSES: "1", ANALYSIS_QUEUE_MS: "100" });
    resetApiGuard();
    const started = Date.now();
    const [first, second] = await Promise.all([spf("slow0.test"), spf("fast.test", "&lang=en")]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(503);
    expect(second.headers.get("retry-after")).toBe("1");
    expect(await second.json()).toEqual({ error: { code: "busy", message: BUSY_MESSAGE.en } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(logs.requests().find((line) => line.status === 503)).toMatchObject({ outcome: "busy", level: "warn" });
    // Japanese by default.
    const [, japanese] = await Promise.all([spf("slow1.test"), spf("fast.test")]);
    expect((await japanese.json()).error.message).toBe(BUSY_MESSAGE.ja);
  });

  it("with enough queue time the waiting analysis runs once the slot frees up", async () => {
    Object.assign(process.env, { MAX_CONCURRENT_ANALYSES: "1", ANALYSIS_QUEUE_MS: "5000" });
    resetApiGuard();
    const [first, second] = await Promise.all([spf("slow2.test"), spf("fast.test")]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const queued = logs.requests().map((line) => line.queuedMs as number);
    expect(Math.max(...queued)).toBeGreaterThanOrEqual(300);
  });

  it("does not hold a slot for routes that are not analyses", async () => {
    Object.assign(process.env, { MAX_CONCURRENT_ANALYSES: "1", ANALYSIS_QUEUE_MS: "0" });
    resetApiGuard();
    const [analysis, parse] = await Promise.all([spf("slow3.test"), bounce(null)]);
    expect([analysis.status, parse.status]).toEqual([200, 400]);
  });
});

describe("last-resort catch", () => {
  it("turns a throw into a 500 internal naming the request id, logging the error's type but not its message", async () => {
    const handler = withApiGuard("/api/v1/test", async () => {
      throw new SyntaxError('Unexpected token in JSON: "hanako.suzuki@gmail.com MARKER-7Q2"');
    });
    const response = await handler(new Request("http://todoku.test/api/v1/test?lang=en", { headers: { "x-request-id": "req-500-test" } }));
    expect(response.status).toBe(500);
    expect(response.headers.get("x-request-id")).toBe("req-500-test");
    expect(await response.json()).toEqual({
      error: { code: "internal", message: "Something unexpected went wrong. Please try again later (reference: req-500-test)." },
    });
    const line = logs.requests()[0];
    expect(line).toMatchObject({ level: "error", status: 500, outcome: "internal", err: { type: "SyntaxError", frames: expect.any(Array) } });
    expect(logs.raw.join("")).not.toMatch(/MARKER-7Q2|hanako/);
  });
});
