// `npm run demo`: the whole product on a machine with no network. Serves the demo zones
// (scripts/demo/zones.yml) from the fixture DNS server on loopback, builds the app when there is
// no build yet (or with --build), and runs `next start` pointed at that DNS server. Ctrl-C stops
// both. Settings: PORT (app, 3000), DEMO_DNS_PORT (5390), DEMO_CONTROL_PORT (5391).
// npm runs it as `node --import tsx` rather than `tsx`, so that no wrapper process sits between
// npm's shell and this one (see the parent watch in main).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { startFixtureControl, type FixtureControl } from "@/lib/dns/fixture-server/control";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { readZoneFiles } from "@/lib/dns/fixture-server/zone-files";
import { loadHostingProfile, recommendedSpfRecord } from "@/lib/fix";
import { DEMO_BOUNCES_DIR, DEMO_ZONES_FILE, readDemoDomains, type DemoDomain } from "@/scripts/demo/demo-domains";

const HOST = "127.0.0.1";
const SERVER_HOST = "www1234.sakura.ne.jp";
/** The domain the "check again" example fixes. */
const EXAMPLE_DOMAIN = "nospf.todoku.test";
/** How long `next start` may take to answer its first request. */
const APP_READY_MS = 60_000;
/** How long the app gets to exit after a signal before it is killed. */
const STOP_GRACE_MS = 10_000;

class DemoError extends Error {}

function portFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new DemoError(`${variable} must be a port number 1-65535, got "${raw}"`);
  return port;
}

function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "EADDRINUSE";
}

function portTaken(what: string, port: number, variable: string): DemoError {
  return new DemoError(
    `${what} port ${HOST}:${port} is already in use (is another demo, or the e2e tests, running?).\n` +
      `Stop that process, or choose another port: ${variable}=${port + 10} npm run demo`,
  );
}

/** Fails early, before a long build, when the app's port is taken. */
function checkPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error) => (isAddressInUse(error) ? resolve(false) : reject(error)));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

async function waitForApp(url: string, app: ChildProcess): Promise<void> {
  const deadline = Date.now() + APP_READY_MS;
  while (Date.now() < deadline) {
    if (app.exitCode !== null || app.signalCode !== null) throw new DemoError("the app stopped before it answered (see its output above)");
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new DemoError(`the app did not answer at ${url} within ${APP_READY_MS / 1000} s`);
}

function banner(options: {
  appUrl: string;
  dnsPort: number;
  controlUrl: string;
  domains: DemoDomain[];
  exampleBody: string;
  exampleRecord: string;
}): string {
  const { appUrl, dnsPort, controlUrl, domains } = options;
  const width = Math.max(...domains.map((entry) => entry.domain.length));
  const lines = [
    "",
    "todoku demo: no internet needed",
    `  app          ${appUrl}  (English: ${appUrl}en)`,
    `  DNS          ${HOST}:${dnsPort} (UDP and TCP), zones from ${relative(process.cwd(), DEMO_ZONES_FILE)}`,
    `  DNS control  ${controlUrl}`,
    "",
    `Demo domains (mail is sent from ${SERVER_HOST} [203.0.113.25] unless a line says otherwise):`,
    ...domains.map((entry) => `  ${entry.domain.padEnd(width)}  ${entry.path.padEnd(7)}  ${entry.shows}`),
    "",
    `Error mails to paste ("not sure"): ${relative(process.cwd(), DEMO_BOUNCES_DIR)}/*.eml`,
    "",
    `Try "check again": set the record the wizard gives for ${EXAMPLE_DOMAIN} (${options.exampleRecord}), then press the button:`,
    `  curl -X PUT ${controlUrl}/zones/${EXAMPLE_DOMAIN} -H 'content-type: application/json' \\`,
    `    -d '${options.exampleBody}'`,
    "The app caches answers for their TTL like a real resolver, so it will say the change is saved",
    "and to wait; start the demo with DNS_CACHE_SIZE=0 to see the new record at once.",
    `Undo every change:  curl -X POST ${controlUrl}/reload`,
    "",
    "Ctrl-C stops the app and the DNS server.",
    "",
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { build: { type: "boolean", default: false }, help: { type: "boolean", default: false } } });
  if (values.help) {
    console.log("usage: npm run demo [-- --build]   (env: PORT, DEMO_DNS_PORT, DEMO_CONTROL_PORT)");
    return;
  }
  const appPort = portFromEnv("PORT", 3000);
  const dnsPort = portFromEnv("DEMO_DNS_PORT", 5390);
  const controlPort = portFromEnv("DEMO_CONTROL_PORT", 5391);

  const zones = await readZoneFiles([DEMO_ZONES_FILE]);
  const domains = await readDemoDomains();

  let dns: FixtureDnsServer | null = null;
  let control: FixtureControl | null = null;
  let child: ChildProcess | null = null;
  let stopping = false;

  const closeDns = async () => {
    await Promise.all([control?.close(), dns?.close()]);
  };

  // Ctrl-C reaches the whole foreground process group, the app included; a signal sent to this
  // process alone (kill, a supervisor) is passed on, so the app never outlives the demo.
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      child?.kill("SIGKILL");
      return;
    }
    stopping = true;
    console.log(`\ndemo: stopping (${signal})`);
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      setTimeout(() => child?.kill("SIGKILL"), STOP_GRACE_MS).unref();
    } else {
      void closeDns().then(() => process.exit(0));
    }
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGHUP", () => stop("SIGHUP"));
  // `kill <npm's pid>` stops npm and its shell but never reaches this process: when the parent
  // goes away, stop as if signalled, so neither the app nor the DNS server is left behind.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop("SIGTERM");
  }, 1000).unref();

  try {
    dns = await startFixtureDnsServer({ zones, host: HOST, port: dnsPort });
  } catch (error) {
    if (isAddressInUse(error)) throw portTaken("the DNS", dnsPort, "DEMO_DNS_PORT");
    throw error;
  }
  const served = dns;
  try {
    control = await startFixtureControl(served, {
      host: HOST,
      port: controlPort,
      reload: async () => served.setZones(await readZoneFiles([DEMO_ZONES_FILE])),
    });
  } catch (error) {
    await closeDns();
    if (isAddressInUse(error)) throw portTaken("the DNS control", controlPort, "DEMO_CONTROL_PORT");
    throw error;
  }
  if (!(await checkPortFree(appPort))) {
    await closeDns();
    throw portTaken("the app", appPort, "PORT");
  }

  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DNS_SERVERS: `${HOST}:${dnsPort}`,
    DNS_AUTH_PORT: String(dnsPort),
    DNS_TIMEOUT_MS: "1500",
    DNS_RETRIES: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const run = (args: string[]) => spawn(process.execPath, [next, ...args], { stdio: "inherit", env });
  const exited = (proc: ChildProcess) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.once("exit", (code, signal) => resolve({ code, signal })));

  // next.config.js builds into NEXT_DIST_DIR when it is set.
  const buildId = join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (values.build || !existsSync(buildId)) {
    console.log(values.build ? "demo: building the app (--build)" : `demo: no build yet (${buildId} is missing): building the app`);
    child = run(["build"]);
    const result = await exited(child);
    child = null;
    if (stopping) {
      await closeDns();
      process.exit(0);
    }
    if (result.code !== 0) {
      await closeDns();
      throw new DemoError(`next build failed (exit ${result.code ?? result.signal})`);
    }
  }

  const app = run(["start", "-p", String(appPort), "-H", HOST]);
  child = app;
  const appExit = exited(app);
  void appExit.then(async ({ code, signal }) => {
    await closeDns();
    if (stopping) {
      console.log("demo: stopped");
      process.exit(0);
    }
    console.error(`demo: the app exited (${code ?? signal}); the DNS server is stopped too`);
    process.exit(code === 0 ? 1 : (code ?? 1));
  });

  const appUrl = `http://${HOST}:${appPort}/`;
  try {
    await waitForApp(appUrl, app);
  } catch (error) {
    if (stopping) return;
    app.kill("SIGTERM");
    throw error;
  }
  if (stopping) return;
  const exampleRecord = recommendedSpfRecord(loadHostingProfile("sakura"), SERVER_HOST, EXAMPLE_DOMAIN);
  const exampleBody = JSON.stringify([...(zones[EXAMPLE_DOMAIN] ?? []), { TXT: exampleRecord }]);
  console.log(banner({ appUrl, dnsPort, controlUrl: `http://${control.host}:${control.port}`, domains, exampleBody, exampleRecord }));
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof DemoError ? error.message : (error as Error).stack ?? String(error)}`);
  process.exit(1);
});
