// npm run bench:store — time to create and to read one share-link snapshot of about 50 KB, per store.
//
// SQLite runs on a temp file (WAL, as in production). PostgreSQL runs when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set (e.g. `export TEST_DATABASE_URL=$(bash scripts/pg-throwaway.sh start)`), in
// a schema of its own that is dropped afterwards. Each figure is the median of RUNS operations, one
// at a time, after a few unmeasured ones.
import { createStore, type Store } from "@/lib/store/store";
import { postgresBackend, sqliteBackend, type TestBackend } from "@/lib/store/testing/backends";

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARMUP = 10;
const TARGET_BYTES = 50_000;

/** A results page's worth of checks, findings and actions, in Japanese, grown until it is TARGET_BYTES of JSON. */
function samplePayload(): unknown {
  const kinds = ["spf", "dkim", "dmarc", "mx", "ptr", "ns", "propagation"];
  const checks: unknown[] = [];
  const payload = {
    version: 1,
    inputs: { domain: "example.co.jp", recipient: "h***@gmail.com", hosting: "sakura", bounce: { code: "550-5.7.26", category: "auth" } },
    checks,
    actions: [] as unknown[],
    takenAt: new Date().toISOString(),
  };
  for (let i = 0; Buffer.byteLength(JSON.stringify(payload), "utf8") < TARGET_BYTES; i++) {
    checks.push({
      id: `${kinds[i % kinds.length]}-${i}`,
      status: i % 3 === 0 ? "fail" : "pass",
      findings: [
        {
          code: "spf.too_many_lookups",
          severity: "error",
          message: "SPF レコードの DNS 参照が 10 回を超えています（11 回）。Gmail はこのドメインからのメールを拒否します。",
          detail: { lookups: 11, limit: 10, chain: ["example.co.jp", "_spf.google.com", "spf.sender.example"] },
        },
      ],
      records: ["v=spf1 include:_spf.google.com include:spf.sender.example ~all", "v=DMARC1; p=none; rua=mailto:dmarc@example.co.jp"],
    });
    payload.actions.push({ id: `action-${i}`, title: "DNS に次の TXT レコードを設定してください", record: { name: "example.co.jp", type: "TXT", value: "v=spf1 include:_spf.google.com ~all" } });
  }
  return payload;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

async function timeEach(count: number, operation: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await operation(i);
    times.push(performance.now() - started);
  }
  return times;
}

async function bench(backend: TestBackend, payload: unknown): Promise<void> {
  const database = await backend.fresh();
  let store: Store | undefined;
  try {
    store = await createStore(database.config, { autoPurge: false });
    const snapshots = store.snapshots;
    const create = () => snapshots.create({ payload, locale: "ja", appVersion: "bench" });
    await timeEach(WARMUP, create);
    const ids: string[] = [];
    const creates = await timeEach(RUNS, async () => ids.push((await create()).id));
    const reads = await timeEach(RUNS, async (i) => {
      const found = await snapshots.get(ids[i]!);
      if (found.status !== "ok") throw new Error(`snapshot ${ids[i]} read back as ${found.status}`);
    });
    const ms = (value: number) => `${value.toFixed(2).padStart(7)} ms`;
    console.log(
      `${backend.kind.padEnd(9)} create median ${ms(median(creates))} (p90 ${ms(percentile(creates, 90))})   ` +
        `read median ${ms(median(reads))} (p90 ${ms(percentile(reads, 90))})`,
    );
  } finally {
    await store?.close();
    await database.dispose();
  }
}

const payload = samplePayload();
const json = JSON.stringify(payload);
console.log(`snapshot payload: ${Buffer.byteLength(json, "utf8")} bytes of UTF-8 JSON (${json.length} characters); ${RUNS} runs each`);
await bench(sqliteBackend, payload);
const url = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
if (url) await bench(postgresBackend(url), payload);
else console.log("postgres  skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL (bash scripts/pg-throwaway.sh start prints one)");
