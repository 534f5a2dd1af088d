// Fuzzing the route handlers end to end with random requests: the status is always one the API
// documents for a client's mistake or a result (never a 5xx), and the body is the JSON error
// envelope or a well-formed result.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_ERROR_CODES } from "@/lib/http/api-error";
import { startRouteEnv, type RouteEnv } from "@/lib/http/testing/route-env";
import { BOUNCE_TEXT_MAX_BYTES } from "@/lib/schemas/bounce-input";
import { anyText, diagnoseBody, fieldText, hugeText, ipish, jsonJunk, parsedJson, typedDomain } from "@/lib/schemas/testing/input-arbitraries";
import { WIZARD_ZONES } from "@/lib/wizard/testing/zones";
import { POST as postBounce } from "./bounce/route";
import { POST as postDiagnose } from "./diagnose/route";
import { POST as postReport } from "./reports/route";
import { GET as getSpf } from "./spf/route";

// Run counts: sized so this file takes about 4 s on a 2-core CI machine (most cases that pass
// validation run a whole diagnosis against the fixture DNS server).
/** POST /api/v1/diagnose, JSON and NDJSON. */
const DIAGNOSE_RUNS = 300;
/** POST /api/v1/reports (each valid one writes a snapshot to SQLite). */
const REPORT_RUNS = 100;
/** POST /api/v1/bounce. */
const BOUNCE_RUNS = 300;
/** GET /api/v1/spf. */
const SPF_RUNS = 300;
/** Bodies that are not JSON, or not of a JSON type, to the JSON routes. */
const RAW_RUNS = 100;

/** Every status a route may answer a random request with: results and client errors. */
const ALLOWED = new Set([200, 201, 400, 413, 415, 422, 429]);
const DEADLINE_MS = 1500;
/** One request, whatever it holds: the analysis deadline plus time for the rest. */
const REQUEST_LIMIT_MS = DEADLINE_MS + 1000;

let env: RouteEnv;
const statuses = new Map<string, Map<number, number>>();

beforeAll(async () => {
  env = await startRouteEnv(WIZARD_ZONES, { DNS_TIMEOUT_MS: "300", ANALYSIS_DEADLINE_MS: String(DEADLINE_MS), RATE_LIMIT_PER_MINUTE: "0" });
});

afterAll(async () => {
  await env.stop();
  const lines = [...statuses].map(([route, counts]) => `  ${route.padEnd(22)} ${[...counts].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join("  ")}`);
  console.log(`statuses seen:\n${lines.join("\n")}`);
});

// The API answers with JSON whose shape these tests check field by field.
type Json = any;

/** Calls a route, checks the status and the time, and returns the parsed body. */
async function call(route: string, run: () => Promise<Response>, read: (response: Response) => Promise<Json> = (r) => r.json()): Promise<{ status: number; body: Json }> {
  const started = performance.now();
  const response = await run();
  const body = await read(response);
  const ms = performance.now() - started;
  const counts = statuses.get(route) ?? new Map<number, number>();
  counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
  statuses.set(route, counts);
  expect(ALLOWED.has(response.status), `${route} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`).toBe(true);
  expect(ms, `${route} took ${ms.toFixed(0)} ms`).toBeLessThan(REQUEST_LIMIT_MS);
  return { status: response.status, body };
}

/** `{ error: { code, message, fields? } }` with the status that belongs to the code. */
function expectErrorEnvelope(status: number, body: Json): void {
  expect(Object.keys(body)).toEqual(["error"]);
  const { code, message, fields } = body.error;
  expect(Object.keys(API_ERROR_CODES)).toContain(code);
  expect(API_ERROR_CODES[code as keyof typeof API_ERROR_CODES]).toBe(status);
  expect(typeof message).toBe("string");
  expect(message.length).toBeGreaterThan(0);
  if (fields !== undefined) for (const value of Object.values(fields)) expect(typeof value).toBe("string");
}

function expectDiagnosis(diagnosis: Json): void {
  expect(["direct", "forward", "list"]).toContain(diagnosis.scenario);
  expect(typeof diagnosis.domain).toBe("string");
  expect(Object.keys(diagnosis.checks).sort()).toEqual(["dkim", "dmarc", "mx", "ns", "ptr", "spf"]);
  expect(["ok", "action_needed", "incomplete"]).toContain(diagnosis.verdict.status);
  expect(typeof diagnosis.partial).toBe("boolean");
  expect(Array.isArray(diagnosis.actions)).toBe(true);
}

const json = (body: string, contentType = "application/json"): RequestInit => ({ method: "POST", headers: { "content-type": contentType }, body });

/** Domains with DNS data (so valid requests run real checks), and anything else. */
const ZONE_NAMES = Object.keys(WIZARD_ZONES);
const zoneDomain = fc.constantFrom(...ZONE_NAMES.filter((name) => !name.startsWith("_")));
const routeDomain = fc.oneof({ weight: 2, arbitrary: zoneDomain }, { weight: 1, arbitrary: typedDomain });
const bounceish = fc.oneof(
  fc.constantFrom(
    "Final-Recipient: rfc822; a@gmail.com\nAction: failed\nStatus: 5.7.26\nDiagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from good.test is not accepted due to domain's DMARC policy. - gsmtp\n",
    "550-5.7.1 [203.0.113.25] The IP you're using to send mail is not authorized - gsmtp",
    "<a@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said: 550-5.1.1 The email account does not exist",
  ),
  anyText,
);
/** Bodies for the diagnosis routes: mostly valid (they run a diagnosis), some with junk fields, some any JSON. */
const diagnoseRequest = fc.oneof(
  { weight: 3, arbitrary: diagnoseBody(zoneDomain, bounceish, 0) },
  { weight: 2, arbitrary: diagnoseBody(routeDomain, bounceish, 3) },
  { weight: 1, arbitrary: parsedJson },
);
const queryLang = fc.constantFrom("", "?lang=en", "?lang=ja", "?view=bilingual", "?lang=xx&view=bilingual");

describe("POST /api/v1/diagnose with random bodies", () => {
  it(`JSON: 200 with a diagnosis, or 400/413 with the error envelope (${DIAGNOSE_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(diagnoseRequest, queryLang, fc.boolean(), async (body, query, stream) => {
        const request = new Request(`http://todoku.test/api/v1/diagnose${query}`, {
          ...json(JSON.stringify(body)),
          headers: { "content-type": "application/json", ...(stream ? { accept: "application/x-ndjson" } : {}) },
        });
        if (stream) {
          const { status, body: lines } = await call("diagnose (ndjson)", () => postDiagnose(request), async (response) =>
            response.headers.get("content-type")?.includes("ndjson") ? (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as Json) : response.json(),
          );
          if (status !== 200) return expectErrorEnvelope(status, lines);
          expect(lines.some((line: Json) => line.type === "error")).toBe(false);
          expect(lines.at(-1).type).toBe("result");
          return expectDiagnosis(lines.at(-1).diagnosis);
        }
        const { status, body: answer } = await call("diagnose", () => postDiagnose(request));
        if (status === 200) expectDiagnosis(answer);
        else expectErrorEnvelope(status, answer);
      }),
      { numRuns: DIAGNOSE_RUNS, seed: 2601 },
    );
  });
});

describe("POST /api/v1/reports with random bodies", () => {
  it(`201 with a share link, or 400/413 with the error envelope (${REPORT_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(diagnoseRequest, queryLang, async (body, query) => {
        const { status, body: answer } = await call("reports", () => postReport(new Request(`http://todoku.test/api/v1/reports${query}`, json(JSON.stringify(body)))));
        if (status !== 201) return expectErrorEnvelope(status, answer);
        expect(answer.id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
        expect(answer.url).toContain(`/r/${answer.id}`);
        expect(Date.parse(answer.expiresAt)).toBeGreaterThan(Date.parse(answer.createdAt));
      }),
      { numRuns: REPORT_RUNS, seed: 2602 },
    );
  });
});

/** Bodies for POST /api/v1/bounce in every content type it takes, and some it does not. */
const bounceRequest = fc.oneof(
  fc.record({ type: fc.constant("application/json"), body: fc.oneof(fc.record({ text: fc.oneof(bounceish, jsonJunk) }, { requiredKeys: [] }), parsedJson).map((v) => JSON.stringify(v)) }),
  fc.record({ type: fc.constantFrom("text/plain", "text/plain; charset=iso-2022-jp", "message/rfc822", "text/plain; charset=bogus", "application/problem+json"), body: fc.oneof(bounceish, fieldText) }),
  fc.record({ type: fc.constantFrom("", "application/x-www-form-urlencoded", "multipart/form-data", "text/html", "application/jsonx"), body: bounceish }),
);

describe("POST /api/v1/bounce with random bodies", () => {
  it(`200 with the bounce read, or 400/413/415/422 with the error envelope (${BOUNCE_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(bounceRequest, queryLang, async ({ type, body }, query) => {
        const headers: Record<string, string> = type ? { "content-type": type } : {};
        const { status, body: answer } = await call("bounce", () => postBounce(new Request(`http://todoku.test/api/v1/bounce${query}`, { method: "POST", headers, body })));
        if (status !== 200) return expectErrorEnvelope(status, answer);
        expect(typeof answer.category).toBe("string");
        expect(typeof answer.title).toBe("string");
        expect(typeof answer.dnsFixable).toBe("boolean");
      }),
      { numRuns: BOUNCE_RUNS, seed: 2603 },
    );
  });

  it("413 past 1 MB, in every content type it reads", async () => {
    const huge = "550 5.7.26 x\n".repeat(Math.ceil((BOUNCE_TEXT_MAX_BYTES + 10) / 13));
    const requests: [string, string][] = [["text/plain", huge], ["application/json", JSON.stringify({ text: huge })]];
    for (const [type, body] of requests) {
      const { status, body: answer } = await call("bounce", () => postBounce(new Request("http://todoku.test/api/v1/bounce", json(body, type))));
      expect(status).toBe(413);
      expectErrorEnvelope(status, answer);
    }
  });
});

const spfParams = fc.dictionary(
  fc.constantFrom("domain", "ip", "sender", "helo", "lang", "x"),
  fc.oneof(routeDomain, ipish, fieldText, fc.emailAddress(), hugeText(3_000)),
  { maxKeys: 3 },
);

describe("GET /api/v1/spf with random query parameters", () => {
  it(`200 with the analysis, or 400 with the error envelope (${SPF_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ domain: routeDomain, ip: ipish }, { requiredKeys: [] }), spfParams, async (base, extra) => {
        const query = new URLSearchParams({ ...base, ...extra }).toString();
        const { status, body } = await call("spf", () => getSpf(new Request(`http://todoku.test/api/v1/spf?${query}`)));
        if (status !== 200) return expectErrorEnvelope(status, body);
        expect(typeof body.domain).toBe("string");
        expect(Array.isArray(body.findings)).toBe(true);
        expect(body.lookups).toMatchObject({ limit: 10 });
      }),
      { numRuns: SPF_RUNS, seed: 2604 },
    );
  });
});

describe("JSON routes with bodies that are not JSON", () => {
  const rawBody = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.constantFrom("", "{", "[", "{\"scenario\":", "null", "\u0000", "\ufeff{}", "{\"a\":1}garbage", "NaN", "'x'"),
    hugeText(5_000),
  );
  const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "", "application/ld+json", "APPLICATION/JSON");

  it(`answer 200/400/415 with the error envelope, never a 5xx (${RAW_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, contentType, fc.constantFrom("diagnose", "reports"), async (body, type, route) => {
        const init: RequestInit = { method: "POST", headers: type ? { "content-type": type } : {}, body };
        const handler = route === "diagnose" ? postDiagnose : postReport;
        const { status, body: answer } = await call(route, () => handler(new Request(`http://todoku.test/api/v1/${route}`, init)));
        if (status >= 400) expectErrorEnvelope(status, answer);
      }),
      { numRuns: RAW_RUNS, seed: 2605 },
    );
  });
});
