import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureControl, type FixtureControl } from "@/lib/dns/fixture-server/control";
import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { createWireClient } from "@/lib/dns/wire-client";

let dns: FixtureDnsServer;
let control: FixtureControl;
let base: string;

beforeAll(async () => {
  dns = await startFixtureDnsServer({ zones: { "example.jp": [{ TXT: "v=spf1 -all" }] } });
  control = await startFixtureControl(dns);
  base = `http://${control.host}:${control.port}`;
});
afterAll(async () => {
  await control.close();
  await dns.close();
});

const resolver = () => createWireClient({ servers: [{ host: dns.host, port: dns.port }], timeoutMs: 200, retries: 0 });

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("fixture control API", () => {
  it("replaces one name's entries and the DNS answer follows", async () => {
    expect(await call("PUT", "/zones/example.jp", [{ TXT: "v=spf1 include:_spf.google.com ~all" }])).toMatchObject({ status: 200 });
    expect((await resolver().query("example.jp", "TXT")).records[0]?.data).toEqual(["v=spf1 include:_spf.google.com ~all"]);
    expect(await call("POST", "/zones/new.example.jp", [{ A: "192.0.2.7" }])).toMatchObject({ status: 200 });
    expect(await call("GET", "/zones/NEW.example.jp.")).toEqual({ status: 200, body: { name: "NEW.example.jp.", entries: [{ A: "192.0.2.7" }] } });
  });

  it("deletes a name", async () => {
    await call("PUT", "/zones/gone.example.jp", [{ A: "192.0.2.8" }]);
    expect(await call("DELETE", "/zones/gone.example.jp")).toMatchObject({ status: 200, body: { removed: true } });
    expect((await resolver().query("gone.example.jp", "A")).status).toBe("nxdomain");
    expect((await call("GET", "/zones/gone.example.jp")).status).toBe(404);
  });

  it("replaces every zone and lists them", async () => {
    expect(await call("PUT", "/zones", { "a.example.jp": [{ A: "192.0.2.1" }], "b.example.jp": ["SERVFAIL"] })).toMatchObject({
      status: 200,
      body: { names: 2 },
    });
    expect((await call("GET", "/zones")).body).toEqual({ "a.example.jp": [{ A: "192.0.2.1" }], "b.example.jp": ["SERVFAIL"] });
  });

  it("reports and resets query counts", async () => {
    await call("POST", "/stats/reset");
    await resolver().query("a.example.jp", "A");
    await resolver().query("a.example.jp", "TXT");
    expect((await call("GET", "/stats")).body).toMatchObject({ queries: 2, byName: { "a.example.jp": 2 } });
    expect((await call("POST", "/stats/reset")).body).toMatchObject({ queries: 0 });
  });

  it("answers 501 to POST /reload without a reload function", async () => {
    expect(await call("POST", "/reload")).toMatchObject({ status: 501, body: { error: expect.stringContaining("no zone files") } });
  });

  it("rejects bad input with 400 and unknown routes with 404", async () => {
    expect(await call("PUT", "/zones/x.example.jp", [{ A: "not-an-ip" }])).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining("A needs an IPv4 address") },
    });
    expect((await call("PUT", "/zones/x.example.jp", { A: "192.0.2.1" })).status).toBe(400);
    expect((await call("PUT", "/zones", [])).status).toBe(400);
    const raw = await fetch(`${base}/zones/x.example.jp`, { method: "PUT", body: "{" });
    expect(raw.status).toBe(400);
    expect((await call("GET", "/nothing")).status).toBe(404);
  });
});

describe("POST /reload", () => {
  it("puts back the data the reload function gives and keeps the old data when it fails", async () => {
    const original: FixtureZones = { "example.jp": [{ TXT: "v=spf1 -all" }] };
    let next = original;
    const server = await startFixtureDnsServer({ zones: original });
    const ctl = await startFixtureControl(server, { reload: async () => server.setZones(next) });
    const url = `http://${ctl.host}:${ctl.port}`;
    const client = createWireClient({ servers: [{ host: server.host, port: server.port }], timeoutMs: 200, retries: 0 });
    try {
      await fetch(`${url}/zones/example.jp`, { method: "PUT", body: JSON.stringify([{ TXT: "changed" }]) });
      await fetch(`${url}/zones/added.example.jp`, { method: "PUT", body: JSON.stringify([{ A: "192.0.2.9" }]) });
      const reloaded = await fetch(`${url}/reload`, { method: "POST" });
      expect({ status: reloaded.status, body: await reloaded.json() }).toEqual({ status: 200, body: { names: 1 } });
      expect((await client.query("example.jp", "TXT")).records[0]?.data).toEqual(["v=spf1 -all"]);
      expect((await client.query("added.example.jp", "A")).status).toBe("nxdomain");

      next = { "example.jp": [{ A: "not-an-ip" }] };
      const bad = await fetch(`${url}/reload`, { method: "POST" });
      expect(bad.status).toBe(400);
      expect((await client.query("example.jp", "TXT")).records[0]?.data).toEqual(["v=spf1 -all"]);
    } finally {
      await ctl.close();
      await server.close();
    }
  });
});
