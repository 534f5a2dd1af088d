import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRouteEnv, type RouteEnv } from "@/lib/http/testing/route-env";
import { getStore } from "@/lib/store";
import { WIZARD_ZONES } from "@/lib/wizard/testing/zones";
import { GET } from "./[id]/route";
import { POST } from "./route";

let env: RouteEnv;
beforeAll(async () => {
  env = await startRouteEnv(WIZARD_ZONES);
});
afterAll(() => env.stop());

const post = (body: unknown, query = "") =>
  POST(new Request(`http://todoku.test/api/v1/reports${query}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
const get = (id: string) => GET(new Request(`http://todoku.test/api/v1/reports/${id}?lang=en`), { params: Promise.resolve({ id }) });

const BOUNCE = `Final-Recipient: rfc822; hanako.suzuki@gmail.com
Action: failed
Status: 5.7.26
Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from nospf.test is not accepted due to domain's DMARC policy. - gsmtp
`;

describe("share links", () => {
  it("POST stores a masked snapshot under a random id; GET returns it", async () => {
    const response = await post({ scenario: "direct", domain: "nospf.test", serverHost: "www1234.sakura.ne.jp", bounce: BOUNCE }, "?lang=en");
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(created.url).toBe(`http://todoku.test/en/r/${created.id}`);

    const stored = await get(created.id);
    expect(stored.status).toBe(200);
    const text = await stored.text();
    expect(text).not.toContain("hanako.suzuki");
    expect(text).not.toContain("Final-Recipient");
    const snapshot = JSON.parse(text);
    expect(snapshot).toMatchObject({ version: 1, locale: "en", diagnosis: { domain: "nospf.test", bounce: { recipient: "h***@gmail.com" } } });
    expect(snapshot.diagnosis.actions.map((a: { id: string }) => a.id)).toContain("spf.add_record");
  });

  it("ids differ every time (at least 128 random bits)", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await (await post({ scenario: "direct", domain: "good.test" })).json()).id);
    expect(ids.size).toBe(5);
    for (const id of ids) expect(Buffer.from(id, "base64url").length).toBeGreaterThanOrEqual(16);
  });

  it("unknown ids are 404, expired ones 410, in the reader's language", async () => {
    expect((await get("AAAAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    expect((await get("../../etc/passwd")).status).toBe(404);
    const store = await getStore();
    const old = await store.snapshots.create({ payload: { version: 1 }, locale: "ja", appVersion: "t", ttlDays: 1, now: new Date(Date.now() - 3 * 86_400_000) });
    const gone = await get(old.id);
    expect(gone.status).toBe(410);
    expect((await gone.json()).error).toMatchObject({ code: "gone", message: expect.stringContaining("expired") });
  });

  it("rejects bad input like the diagnosis does", async () => {
    const response = await post({ scenario: "direct", domain: "not a domain" });
    expect(response.status).toBe(400);
  });
});
