/**
 * Changes what the e2e fixture DNS server (started by playwright.config.ts with
 * scripts/demo/zones.yml) answers, through its HTTP control API, while the app runs. Entries are
 * the zone file's: `{ TXT: "v=spf1 …" }`, `{ A: "192.0.2.1" }`, `{ TTL: 3600 }`, `"SERVFAIL"`.
 *
 * The app caches answers for their TTL, but its "is my change live?" comparison asks the zone's
 * name servers directly, so a change shows there at once. Call `resetZones()` in `afterEach` of
 * any test that changes a zone: the server is shared by every test of the run.
 */

export type ZoneEntry = string | Record<string, unknown>;

/** `E2E_DNS_CONTROL_URL`, else `http://127.0.0.1:<E2E_DNS_CONTROL_PORT or 5391>`; read per call. */
export function controlUrl(): string {
  const url = process.env.E2E_DNS_CONTROL_URL;
  if (url) return url.replace(/\/+$/, "");
  return `http://127.0.0.1:${process.env.E2E_DNS_CONTROL_PORT ?? "5391"}`;
}

async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${controlUrl()}${path}`, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`fixture DNS control ${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as unknown;
}

const namePath = (name: string) => `/zones/${encodeURIComponent(name)}`;

/** The entries served at `name`, or null when the name is not in the data. */
export async function getRecords(name: string): Promise<ZoneEntry[] | null> {
  const response = await fetch(`${controlUrl()}${namePath(name)}`);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`fixture DNS control GET ${namePath(name)}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { entries: ZoneEntry[] }).entries;
}

/** Replaces every entry of `name` (SOA and NS included: list them to keep them). */
export async function setRecords(name: string, entries: ZoneEntry[]): Promise<void> {
  await call("PUT", namePath(name), entries);
}

/**
 * Adds entries to what `name` already serves, e.g. the SPF record the wizard told the customer
 * to set: `addRecords("nospf.todoku.test", [{ TXT: "v=spf1 a:www1234.sakura.ne.jp mx ~all" }])`.
 * They go first, so a fault marker (`SERVFAIL`, `TIMEOUT`) of the name does not cover them.
 */
export async function addRecords(name: string, entries: ZoneEntry[]): Promise<void> {
  await setRecords(name, [...entries, ...((await getRecords(name)) ?? [])]);
}

/** Takes `name` out of the data: it then answers NXDOMAIN. */
export async function removeName(name: string): Promise<void> {
  await call("DELETE", namePath(name));
}

/** Puts back the zone file's data (the server reads the file again). */
export async function resetZones(): Promise<void> {
  await call("POST", "/reload");
}
