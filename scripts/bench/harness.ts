// What the app benchmarks (bench-load, bench-frontend) share: a production build, the fixture DNS
// server with the demo zones and `next start` pointed at it, each in a process group of its own on
// free loopback ports, stopped on every way out (normal end, failure, Ctrl-C, a signal, npm going
// away), plus the server's memory figures and plain tables.
import { execFile, spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_ZONES_FILE } from "@/scripts/demo/demo-domains";

export const HOST = "127.0.0.1";
/** How long `next start` may take to answer its first request. */
const APP_READY_MS = 60_000;
/** How long the fixture DNS server may take to print its ready line. */
const DNS_READY_MS = 30_000;
/** How long a process group gets after SIGTERM before SIGKILL. */
const STOP_GRACE_MS = 5_000;
/** Output lines kept per process, shown when something goes wrong. */
const KEPT_LINES = 40;

/** A failure with a message for the user (no stack trace). */
export class BenchError extends Error {}

interface Managed {
  name: string;
  child: ChildProcess;
  output: string[];
}

const managed = new Set<Managed>();
const cleanups: (() => Promise<void>)[] = [];
let stopping: Promise<void> | null = null;

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Signals the child's process group; `evenIfExited` reaches what the leader left behind. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals, evenIfExited = false): void {
  if (child.pid === undefined || (exited(child) && !evenIfExited)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (exited(child)) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function stopManaged(entry: Managed): Promise<void> {
  signalGroup(entry.child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(entry.child, "SIGKILL"), STOP_GRACE_MS);
  await waitForExit(entry.child);
  clearTimeout(timer);
  // Anything the leader left behind in its group goes too.
  signalGroup(entry.child, "SIGKILL", true);
  managed.delete(entry);
}

/** Something to undo at the end (a browser, a temporary folder), run before the processes stop. */
export function onCleanup(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** Runs every cleanup, then stops every process group started here. Safe to call more than once. */
export function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await Promise.all([...managed].map(stopManaged));
  })();
  return stopping;
}

/**
 * Stops everything on Ctrl-C, SIGTERM, SIGHUP and when the parent (npm) goes away; on any exit
 * path a last synchronous SIGKILL reaches the groups still running.
 */
export function installCleanup(label: string): void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      for (const entry of managed) signalGroup(entry.child, "SIGKILL");
      process.exit(130);
    }
    console.error(`\n${label}: stopping (${signal})`);
    void stopAll().then(() => process.exit(130));
  };
  process.on("SIGINT", () => onSignal("SIGINT"));
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  process.on("SIGHUP", () => onSignal("SIGHUP"));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) onSignal("SIGTERM");
  }, 1000).unref();
  process.on("exit", () => {
    for (const entry of managed) signalGroup(entry.child, "SIGKILL");
  });
}

/** Starts a process as the leader of a new process group, so that stopping it stops all it started. */
function startGroup(name: string, command: string, args: string[], options: SpawnOptions & { echo?: boolean } = {}): Managed {
  const child = spawn(command, args, { ...options, detached: true, stdio: options.echo ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"] });
  const entry: Managed = { name, child, output: [] };
  managed.add(entry);
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (line.trim() === "") continue;
      entry.output.push(line);
      if (entry.output.length > KEPT_LINES) entry.output.shift();
    }
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.once("exit", () => {
    if (!stopping) managed.delete(entry);
  });
  return entry;
}

function lastOutput(entry: Managed): string {
  return entry.output.length > 0 ? `\n--- last output of ${entry.name} ---\n${entry.output.join("\n")}` : "";
}

const nextBin = () => createRequire(import.meta.url).resolve("next/dist/bin/next");
/** next.config.js builds into NEXT_DIST_DIR when it is set. */
export const distDir = () => process.env.NEXT_DIST_DIR || ".next";

function otherBuilds(): Promise<string[]> {
  return new Promise((resolve) => {
    execFile("pgrep", ["-fa", "next build"], (error, stdout) => {
      if (error) return resolve([]);
      const own = new Set([String(process.pid), String(process.ppid)]);
      resolve(stdout.split("\n").filter((line) => line.trim() !== "" && !own.has(line.split(" ")[0] ?? "") && !line.includes("pgrep")));
    });
  });
}

/** Builds the app when there is no build yet (or when `force`), after checking nobody else is building. */
export async function ensureBuild(label: string, force = false): Promise<void> {
  const buildId = join(distDir(), "BUILD_ID");
  if (!force && existsSync(buildId)) return;
  const others = await otherBuilds();
  if (others.length > 0) throw new BenchError(`another "next build" is running; wait for it to finish:\n  ${others.join("\n  ")}`);
  console.log(force ? `${label}: building the app` : `${label}: no build yet (${buildId} is missing): building the app`);
  const build = startGroup("next build", process.execPath, [nextBin(), "build"], {
    echo: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const code = await new Promise<number | null>((resolve) => build.child.once("exit", (exitCode) => resolve(exitCode)));
  managed.delete(build);
  if (code !== 0) throw new BenchError(`next build failed (exit ${code})`);
}

/** A loopback TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface DnsStats {
  queries: number;
  udp: number;
  tcp: number;
  byName: Record<string, number>;
  byType: Record<string, number>;
}

export interface FixtureDns {
  port: number;
  controlUrl: string;
  stats(): Promise<DnsStats>;
  resetStats(): Promise<void>;
}

/** The fixture DNS server (scripts/fixture-dns.ts) serving the demo zones, in its own process. */
export async function startFixtureDns(): Promise<FixtureDns> {
  const entry = startGroup("fixture DNS server", process.execPath, [
    "--import",
    "tsx",
    "scripts/fixture-dns.ts",
    "--port",
    "0",
    "--control-port",
    "0",
    "--zones",
    DEMO_ZONES_FILE,
  ]);
  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new BenchError(`the fixture DNS server was not ready within ${DNS_READY_MS / 1000} s${lastOutput(entry)}`)), DNS_READY_MS);
    const onData = (chunk: Buffer) => {
      const match = /fixture-dns ready host=\S+ port=(\d+) control=(\S+)/.exec(chunk.toString("utf8"));
      if (!match) return;
      clearTimeout(timer);
      entry.child.stdout?.off("data", onData);
      resolve(match);
    };
    entry.child.stdout?.on("data", onData);
    entry.child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new BenchError(`the fixture DNS server exited (${code})${lastOutput(entry)}`));
    });
  });
  const controlUrl = ready[2] ?? "";
  const control = async (path: string, method: "GET" | "POST") => {
    const response = await fetch(`${controlUrl}${path}`, { method });
    if (!response.ok) throw new BenchError(`fixture DNS control ${method} ${path}: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  return {
    port: Number(ready[1]),
    controlUrl,
    stats: async () => (await control("/stats", "GET")) as DnsStats,
    resetStats: async () => {
      await control("/stats/reset", "POST");
    },
  };
}

export interface App {
  url: string;
  /** The `next-server` process itself (not npm, not a shell). */
  serverPid: number;
  /** Its last lines of output, for error messages. */
  output(): string;
}

function parentOf(pid: number, stat: string): number | null {
  // /proc/<pid>/stat: "pid (comm) state ppid ...", where comm may hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) && pid > 0 ? ppid : null;
}

/** The process and its descendants, from /proc. */
async function processTree(root: number): Promise<number[]> {
  const children = new Map<number, number[]>();
  for (const name of await readdir("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
    const ppid = stat === null ? null : parentOf(pid, stat);
    if (ppid !== null) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Finds the `next-server` process among the started process and its descendants. */
async function findNextServer(root: number): Promise<number> {
  for (const pid of await processTree(root)) {
    const comm = await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "");
    if (comm.startsWith("next-server")) return pid;
  }
  throw new BenchError(`no next-server process under pid ${root}`);
}

/**
 * `next start` on a free loopback port, pointed at the fixture DNS server, with share links in a
 * temporary SQLite file. `env` adds or overrides settings.
 */
export async function startApp(dns: FixtureDns, env: Record<string, string> = {}): Promise<App> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "todoku-bench-"));
  onCleanup(() => rm(dataDir, { recursive: true, force: true }));
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DNS_SERVERS: `${HOST}:${dns.port}`,
    DNS_AUTH_PORT: String(dns.port),
    DNS_TIMEOUT_MS: "1500",
    DNS_RETRIES: "0",
    DATABASE_PATH: join(dataDir, "bench.sqlite"),
    ...env,
  };
  // A benchmark of this machine alone: never a shared database.
  delete appEnv.DATABASE_URL;
  const entry = startGroup("next start", process.execPath, [nextBin(), "start", "-p", String(port), "-H", HOST], { env: appEnv });
  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + APP_READY_MS;
  for (;;) {
    if (exited(entry.child)) throw new BenchError(`next start exited before it answered${lastOutput(entry)}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) throw new BenchError(`next start did not answer at ${url} within ${APP_READY_MS / 1000} s${lastOutput(entry)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const serverPid = await findNextServer(entry.child.pid as number);
  return { url, serverPid, output: () => lastOutput(entry) };
}

/** A field of /proc/<pid>/status in kB (VmRSS, VmHWM), null once the process is gone. */
export async function statusKb(pid: number, field: "VmRSS" | "VmHWM"): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => null);
  const match = status === null ? null : new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : null;
}

/** Polls a process's resident memory every `everyMs` and keeps the highest value seen. */
export function sampleRss(pid: number, everyMs = 100): { stop(): Promise<number> } {
  let peak = 0;
  const read = async () => {
    const kb = await statusKb(pid, "VmRSS");
    if (kb !== null && kb > peak) peak = kb;
  };
  void read();
  const timer = setInterval(() => void read(), everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await read();
      return peak;
    },
  };
}

/** A plain text table: the first row is the header, numbers are right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  const numeric = (cell: string) => /^[-+]?[\d.,]+( ?[%a-zA-Z/]+)?$/.test(cell);
  const line = (row: string[]) =>
    row.map((cell, column) => (numeric(cell) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join("  ").trimEnd();
  const [header, ...body] = rows;
  if (!header) return "";
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...body.map(line)].join("\n");
}

/** Runs a benchmark's main: a BenchError is a message and exit 1; everything is stopped either way. */
export function runBench(label: string, main: () => Promise<number>): void {
  installCleanup(label);
  main().then(
    async (code) => {
      await stopAll();
      process.exit(code);
    },
    async (error: unknown) => {
      console.error(`${label}: ${error instanceof BenchError ? error.message : ((error as Error).stack ?? String(error))}`);
      await stopAll();
      process.exit(1);
    },
  );
}
