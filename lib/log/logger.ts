// Structured logs: one JSON object per line on stdout, for whatever collects the container's output.
// Nothing here may carry a customer's error mail or a full e-mail address: callers log facts
// (domains, counts, outcomes), and this module masks addresses and redacts known fields on top.
import { hostname } from "node:os";
import pino, { type DestinationStream, type Level, type Logger, type LoggerOptions } from "pino";
import { APP_VERSION } from "@/lib/app-version";
import { maskEmails } from "@/lib/privacy/mask-email";

export type { Logger } from "pino";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = Level | "silent";

/**
 * Fields that would hold a customer's mail, addresses or credentials if some caller ever logged an
 * object carrying them. A second line of defence: callers pick what to log field by field.
 */
export const LOG_REDACT_PATHS = [
  "bounce",
  "*.bounce",
  "text",
  "*.text",
  "body",
  "*.body",
  "email",
  "*.email",
  "sender",
  "*.sender",
  "recipient",
  "*.recipient",
  "recipients",
  "*.recipients",
  "originalRecipient",
  "*.originalRecipient",
  "from",
  "*.from",
  "headers.authorization",
  "headers.cookie",
  "*.headers.authorization",
  "*.headers.cookie",
  "password",
  "*.password",
  "databaseUrl",
  "*.databaseUrl",
];

const MAX_DEPTH = 6;

/** Every string in a log object with its e-mail addresses masked (`h***@gmail.com`). */
export function maskLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.includes("@") ? maskEmails(value) : value;
  if (depth >= MAX_DEPTH || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => maskLogValue(item, depth + 1));
  // Only plain objects are rebuilt; anything else (an Error, a Date) keeps its own serializer.
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = maskLogValue(item, depth + 1);
  return out;
}

/**
 * The level from `LOG_LEVEL`: `info` by default, `silent` under a test runner unless set, so that
 * test output stays readable while tests that look at logs still get them through their own logger.
 */
export function readLogLevel(env: Record<string, string | undefined> = process.env): { level: LogLevel; warning: string | null } {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  const fallback: LogLevel = env.VITEST || env.NODE_ENV === "test" ? "silent" : "info";
  if (!raw) return { level: fallback, warning: null };
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return { level: raw as LogLevel, warning: null };
  return { level: fallback, warning: `LOG_LEVEL="${raw}" ignored (one of ${LOG_LEVELS.join(", ")}); using ${fallback}` };
}

/** The options every todoku logger shares: base fields, ISO time, level names, masking, redaction. */
export function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    base: { app: "todoku", version: APP_VERSION, pid: process.pid, hostname: hostname() },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => maskLogValue(object) as Record<string, unknown>,
    },
    hooks: {
      // The message and any interpolation arguments are masked like the fields.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === "string" ? maskEmails(arg) : arg)) as Parameters<typeof method>);
      },
    },
    redact: { paths: LOG_REDACT_PATHS, censor: "[redacted]" },
  };
}

/** A logger writing JSON lines to `destination` (stdout by default). Tests pass a stream to read the lines. */
export function createLogger(options: { level?: LogLevel; destination?: DestinationStream } = {}): Logger {
  const level = options.level ?? readLogLevel().level;
  return options.destination ? pino(loggerOptions(level), options.destination) : pino(loggerOptions(level));
}

// Kept on globalThis so that Next's dev server, which re-evaluates modules, keeps one logger.
const LOGGER_KEY = Symbol.for("todoku.lib.log.logger");
type LoggerHolder = typeof globalThis & { [LOGGER_KEY]?: Logger };

/** The process-wide logger, configured from `LOG_LEVEL` on first use. */
export function getLogger(): Logger {
  const holder = globalThis as LoggerHolder;
  if (!holder[LOGGER_KEY]) {
    const { level, warning } = readLogLevel();
    const logger = createLogger({ level });
    holder[LOGGER_KEY] = logger;
    if (warning) logger.warn({ component: "log" }, warning);
  }
  return holder[LOGGER_KEY];
}

/** Replaces the process-wide logger (tests capture lines this way); `null` goes back to reading `LOG_LEVEL`. */
export function setLogger(logger: Logger | null): void {
  const holder = globalThis as LoggerHolder;
  if (logger) holder[LOGGER_KEY] = logger;
  else delete holder[LOGGER_KEY];
}
