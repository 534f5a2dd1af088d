// The fixture DNS server as a process, for e2e, `npm run demo` and benchmarks:
//   npx tsx scripts/fixture-dns.ts --port 5300 --zones a.yml,b.yml [--control-port 5301] [--host 127.0.0.1] [--refuse-out-of-zone]
// Prints one "fixture-dns ready ..." line once both ports listen; SIGHUP (or `POST /reload` on the
// control port) reloads the zone files, SIGINT/SIGTERM stop it.
import { parseArgs } from "node:util";
import { startFixtureControl, type FixtureControl } from "@/lib/dns/fixture-server/control";
import { startFixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { readZoneFiles } from "@/lib/dns/fixture-server/zone-files";

const USAGE = "usage: fixture-dns --port <n> --zones <file[,file...]> [--control-port <n>] [--host <address>] [--refuse-out-of-zone]";

function portOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--${name} must be a port number 0-65535, got "${value}"`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "5300" },
      zones: { type: "string", multiple: true, default: [] },
      "control-port": { type: "string" },
      host: { type: "string", default: "127.0.0.1" },
      "refuse-out-of-zone": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const files = values.zones.flatMap((list) => list.split(",")).filter((file) => file !== "");
  const zones = await readZoneFiles(files);
  const dns = await startFixtureDnsServer({
    zones,
    host: values.host,
    port: portOption(values.port, "port"),
    refuseOutOfZone: values["refuse-out-of-zone"],
  });
  // A bad file keeps the previous data: setZones is not reached, or throws without changing it.
  const reload = async (): Promise<void> => {
    const next = await readZoneFiles(files);
    dns.setZones(next);
    console.log(`fixture-dns reloaded names=${Object.keys(next).length}`);
  };
  const controlPort = portOption(values["control-port"], "control-port");
  const control: FixtureControl | null =
    controlPort === undefined ? null : await startFixtureControl(dns, { host: values.host, port: controlPort, reload });

  const names = Object.keys(zones).length;
  const controlText = control ? ` control=http://${control.host}:${control.port}` : "";
  console.log(`fixture-dns ready host=${dns.host} port=${dns.port}${controlText} names=${names} files=${files.join(",") || "-"}`);

  process.on("SIGHUP", () => {
    reload().catch((error: unknown) => console.error(`fixture-dns reload failed, still serving the previous data: ${(error as Error).message}`));
  });
  const stop = (signal: string) => {
    void Promise.all([dns.close(), control?.close()]).then(() => {
      console.log(`fixture-dns stopped (${signal})`);
      process.exit(0);
    });
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(`fixture-dns: ${(error as Error).message}`);
  console.error(USAGE);
  process.exit(1);
});
