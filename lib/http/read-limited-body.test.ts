import { describe, expect, it } from "vitest";
import { readLimitedBody } from "@/lib/http/read-limited-body";

const request = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readLimitedBody", () => {
  it("returns the bytes of a body within the limit", async () => {
    const result = await readLimitedBody(request("hello"), 5);
    expect(result).toEqual({ ok: true, bytes: new TextEncoder().encode("hello") });
  });

  it("refuses a declared length over the limit and an actual length over it", async () => {
    expect(await readLimitedBody(request("hi", { "content-length": "6" }), 5)).toEqual({ ok: false, reason: "too_large" });
    expect(await readLimitedBody(request("hello!"), 5)).toEqual({ ok: false, reason: "too_large" });
  });

  it("reads an empty body", async () => {
    expect(await readLimitedBody(new Request("http://localhost/", { method: "POST" }), 5)).toEqual({ ok: true, bytes: new Uint8Array() });
  });
});
