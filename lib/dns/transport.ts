import { createSocket, type Socket } from "node:dgram";
import { isIPv6, connect as connectTcp, type Socket as NetSocket } from "node:net";
import type { DnsServer } from "@/lib/dns/servers";
import { checkReply, frameForTcp, TcpMessageReader, type DecodedReply, type WireQuestion } from "@/lib/dns/wire-format";

export type Exchange =
  | { kind: "reply"; reply: DecodedReply }
  | { kind: "timeout" }
  | { kind: "aborted" }
  | { kind: "error"; detail: string };

interface ExchangeIo {
  start(settle: (result: Exchange) => void): void;
  stop(): void;
}

/** Runs one request/response exchange, ending it on reply, error, timeout or abort, whichever comes first. */
function runExchange(io: ExchangeIo, timeoutMs: number, signal: AbortSignal | undefined): Promise<Exchange> {
  if (signal?.aborted) return Promise.resolve({ kind: "aborted" });
  return new Promise((resolve) => {
    let done = false;
    const settle = (result: Exchange) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      io.stop();
      resolve(result);
    };
    const onAbort = () => settle({ kind: "aborted" });
    const timer = setTimeout(() => settle({ kind: "timeout" }), timeoutMs);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      io.start(settle);
    } catch (error) {
      settle({ kind: "error", detail: (error as Error).message });
    }
  });
}

function describe(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ? `${code}: ${message}` : String(message);
}

/**
 * One query over UDP from a fresh ephemeral socket (RFC 5452 §9.1: an unpredictable source
 * port). The socket is connected, so the kernel drops datagrams from other peers and reports
 * ICMP port-unreachable as ECONNREFUSED; replies that do not match the question are ignored.
 */
export function udpExchange(
  server: DnsServer,
  question: WireQuestion,
  query: Buffer,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Exchange> {
  let socket: Socket | undefined;
  return runExchange(
    {
      start(settle) {
        socket = createSocket(isIPv6(server.host) ? "udp6" : "udp4");
        const udp = socket;
        udp.on("error", (error) => settle({ kind: "error", detail: describe(error) }));
        udp.on("message", (message) => {
          const check = checkReply(message, question);
          if (check.kind === "reply") settle({ kind: "reply", reply: check.reply });
          else if (check.kind === "malformed") settle({ kind: "error", detail: check.detail });
        });
        udp.connect(server.port, server.host, () => {
          udp.send(query, (error) => {
            if (error) settle({ kind: "error", detail: describe(error) });
          });
        });
      },
      stop() {
        if (!socket) return;
        socket.removeAllListeners("message");
        // A late ICMP error may still arrive for a socket being closed; without a listener it would crash the process.
        socket.on("error", () => {});
        try {
          socket.close();
        } catch {
          // Already closed by a failed bind or connect: nothing left to release.
        }
      },
    },
    timeoutMs,
    signal,
  );
}

/** One query over a fresh TCP connection with the two-byte length prefix (RFC 7766 §8). */
export function tcpExchange(
  server: DnsServer,
  question: WireQuestion,
  query: Buffer,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Exchange> {
  let socket: NetSocket | undefined;
  const reader = new TcpMessageReader();
  return runExchange(
    {
      start(settle) {
        socket = connectTcp({ host: server.host, port: server.port });
        const tcp = socket;
        tcp.on("error", (error) => settle({ kind: "error", detail: describe(error) }));
        tcp.on("close", () => settle({ kind: "error", detail: "connection closed before a reply" }));
        tcp.on("connect", () => tcp.write(frameForTcp(query)));
        tcp.on("data", (chunk: Buffer) => {
          for (const message of reader.push(chunk)) {
            const check = checkReply(message, question);
            if (check.kind === "reply") return settle({ kind: "reply", reply: check.reply });
            if (check.kind === "malformed") return settle({ kind: "error", detail: check.detail });
          }
        });
      },
      stop() {
        if (!socket) return;
        socket.removeAllListeners();
        // Same reason as for UDP: errors after the exchange ended must not become uncaught.
        socket.on("error", () => {});
        socket.destroy();
      },
    },
    timeoutMs,
    signal,
  );
}
