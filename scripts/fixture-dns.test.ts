import { spawn, type ChildProcess } from "node:child_process";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWireClient } from "@/lib/dns/wire-client";

const root = fileURLToPath(new URL("..", import.meta.url));
const testdata = join(root, "lib/dns/fixture-server/testdata");

let directory: string;
let child: ChildProcess;
let output = "";

function waitForLine(pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(output);
      if (match) {
        clearInterval(timer);
        clearTimeout(limit);
        resolve(match);
      }
    };
    const timer = setInterval(check, 20);
    const limit = setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`no line matching ${pattern} in:\n${output}`));
    }, timeoutMs);
    check();
  });
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "fixture-dns-"));
  await copyFile(join(testdata, "example.yml"), join(directory, "example.yml"));
  child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/fixture-dns.ts", "--port", "0", "--control-port", "0", "--zones", `${join(directory, "example.yml")},${join(testdata, "extra.json")}`],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
});

afterAll(async () => {
  if (child.exitCode === null) child.kill("SIGKILL");
  await rm(directory, { recursive: true, force: true });
});

describe("scripts/fixture-dns.ts", () => {
  it("starts, answers, reloads on SIGHUP and stops cleanly on SIGTERM", async () => {
    const ready = await waitForLine(/fixture-dns ready host=127\.0\.0\.1 port=(\d+) control=(http:\S+) names=(\d+)/);
    const port = Number(ready[1]);
    expect(Number(ready[3])).toBeGreaterThan(10);
    const client = createWireClient({ servers: [{ host: "127.0.0.1", port }], timeoutMs: 500, retries: 0 });
    expect((await client.query("_spf.example.net", "TXT")).records[0]?.data).toEqual(["v=spf1 ip4:198.51.100.0/24 ~all"]);
    expect((await client.query("example.jp", "MX")).records[0]?.data).toEqual({ preference: 10, exchange: "mx.example.jp" });

    const stats = (await (await fetch(`${ready[2]}/stats`)).json()) as { queries: number };
    expect(stats.queries).toBe(2);

    await writeFile(join(directory, "example.yml"), "zones:\n  example.jp:\n    - TXT: reloaded\n");
    child.kill("SIGHUP");
    await waitForLine(/fixture-dns reloaded names=\d+/);
    expect((await client.query("example.jp", "TXT")).records[0]?.data).toEqual(["reloaded"]);
    expect((await client.query("mx.example.jp", "A")).status).toBe("nxdomain");

    // The control API's reload reads the files again too, undoing changes made through it.
    await fetch(`${ready[2]}/zones/example.jp`, { method: "PUT", body: JSON.stringify([{ TXT: "changed" }]) });
    expect((await client.query("example.jp", "TXT")).records[0]?.data).toEqual(["changed"]);
    expect((await fetch(`${ready[2]}/reload`, { method: "POST" })).status).toBe(200);
    expect((await client.query("example.jp", "TXT")).records[0]?.data).toEqual(["reloaded"]);

    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("fixture-dns stopped (SIGTERM)");
  });

  it("exits with a message for a zone file it cannot read", async () => {
    const bad = spawn(process.execPath, ["--import", "tsx", "scripts/fixture-dns.ts", "--port", "0", "--zones", join(directory, "missing.yml")], {
      cwd: root,
    });
    let errors = "";
    bad.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => bad.once("exit", resolve));
    expect(code).toBe(1);
    expect(errors).toContain("fixture-dns: ENOENT");
  });
});
