import { describe, expect, it } from "vitest";
import { limitRefusalOf, retryAfterSeconds } from "@/lib/http/limit-response";

const response = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

describe("limitRefusalOf", () => {
  it("reads 429 with its Retry-After, and 503 busy only when the guard sent Retry-After", () => {
    expect(limitRefusalOf(response(429, { "Retry-After": "42" }))).toEqual({ kind: "rate_limited", retryAfterSeconds: 42 });
    expect(limitRefusalOf(response(429))).toEqual({ kind: "rate_limited", retryAfterSeconds: 60 });
    expect(limitRefusalOf(response(503, { "Retry-After": "10" }))).toEqual({ kind: "busy", retryAfterSeconds: 10 });
    expect(limitRefusalOf(response(503))).toBeNull();
    expect(limitRefusalOf(response(200))).toBeNull();
  });

  it("understands Retry-After as an HTTP date", () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    expect(retryAfterSeconds(new Headers({ "Retry-After": new Date(now + 30_000).toUTCString() }), now)).toBe(30);
    expect(retryAfterSeconds(new Headers({ "Retry-After": "soon" }), now)).toBeNull();
    expect(retryAfterSeconds(new Headers({ "Retry-After": "0" }), now)).toBe(1);
  });
});
