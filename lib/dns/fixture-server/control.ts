import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { normalizeName } from "@/lib/dns/names";
import { FixtureZoneError, type FixtureZones } from "@/lib/dns/fixture-server/entries";
import type { FixtureDnsServer } from "@/lib/dns/fixture-server/server";

export interface FixtureControl {
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface FixtureControlOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: an ephemeral port. */
  port?: number;
  /**
   * Puts the server's original data back (the CLI re-reads its zone files), for `POST /reload`.
   * Without it that route answers 501. It rejects, and the old data stays, when the data is bad.
   */
  reload?: () => Promise<void>;
}

const MAX_BODY_BYTES = 1 << 20;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "body larger than 1 MiB");
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

/**
 * HTTP control of a running fixture server, for callers in another process (e2e changes a
 * record while the app runs; the load benchmark reads query counts):
 *
 * - `GET /zones`: the data being served. `PUT /zones`: replace all of it (body: name → entries).
 * - `PUT|POST /zones/{name}`: replace one name's entries (body: entries). `DELETE /zones/{name}`.
 * - `GET /stats`, `POST /stats/reset`.
 * - `POST /reload`: back to the data the server was started with (e2e tests undo their changes,
 *   a demo user resets what they tried), when `options.reload` is given.
 *
 * It listens on loopback only: anyone who can reach it can change what the server answers.
 */
export async function startFixtureControl(dns: FixtureDnsServer, options: FixtureControlOptions = {}): Promise<FixtureControl> {
  const host = options.host ?? "127.0.0.1";

  async function route(request: IncomingMessage): Promise<[number, unknown]> {
    const path = new URL(request.url ?? "/", "http://control").pathname;
    const method = request.method ?? "GET";
    if (path === "/stats" && method === "GET") return [200, dns.stats()];
    if (path === "/stats/reset" && method === "POST") {
      dns.resetStats();
      return [200, dns.stats()];
    }
    if (path === "/reload" && method === "POST") {
      if (!options.reload) return [501, { error: "this server has no zone files to reload" }];
      await options.reload();
      return [200, { names: Object.keys(dns.zones()).length }];
    }
    if (path === "/zones" && method === "GET") return [200, dns.zones()];
    if (path === "/zones" && method === "PUT") {
      const body = await readJson(request);
      if (typeof body !== "object" || body === null || Array.isArray(body)) throw new HttpError(400, "expected {name: entries}");
      dns.setZones(body as FixtureZones);
      return [200, { names: Object.keys(dns.zones()).length }];
    }
    const match = /^\/zones\/([^/]+)$/.exec(path);
    if (match?.[1]) {
      const name = decodeURIComponent(match[1]);
      if (method === "PUT" || method === "POST") {
        const body = await readJson(request);
        if (!Array.isArray(body)) throw new HttpError(400, "expected a list of entries");
        dns.upsert(name, body);
        return [200, { name, entries: body }];
      }
      if (method === "DELETE") {
        dns.remove(name);
        return [200, { name, removed: true }];
      }
      if (method === "GET") {
        const entries = dns.zones()[normalizeName(name)];
        return entries ? [200, { name, entries }] : [404, { error: `${name} is not served` }];
      }
    }
    return [404, { error: `no route for ${method} ${path}` }];
  }

  const server = createServer((request, response) => {
    route(request).then(
      ([status, body]) => send(response, status, body),
      (error: unknown) => {
        if (error instanceof HttpError) return send(response, error.status, { error: error.message });
        if (error instanceof FixtureZoneError) return send(response, 400, { error: error.message });
        send(response, 500, { error: String(error) });
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
