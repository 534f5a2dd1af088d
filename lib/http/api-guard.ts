// The one wrapper around every API route: request id, per-client rate limit, the bound on concurrent
// analyses, a last-resort 500, and one structured log line per request. Route handlers stay thin and
// never deal with any of it beyond adding facts to their log line.
import { randomUUID } from "node:crypto";
import { createAnalysisGate, type AnalysisGate, type AnalysisPass } from "@/lib/http/analysis-gate";
import { API_ERROR_CODES, apiError, type ApiErrorCode } from "@/lib/http/api-error";
import { clientAddress, clientKey } from "@/lib/http/client-key";
import { BUSY_MESSAGE, internalErrorMessage, rateLimitedMessage } from "@/lib/http/limit-messages";
import { readApiLimitsConfig, type ApiLimitsConfig } from "@/lib/http/limits-config";
import { createMemoryRateLimiter, createStoreRateLimiter, RATE_LIMIT_WINDOW_SECONDS, type RateLimiter } from "@/lib/http/rate-limiter";
import { pickLocale, type Locale } from "@/lib/i18n/locales";
import { getLogger } from "@/lib/log/logger";

/** Facts for the request's log line: domains, counts, states. Never mail text or addresses. */
export type LogFields = Record<string, unknown>;

/** What a guarded handler gets besides the request. */
export interface ApiCall {
  readonly requestId: string;
  /** The reader's language (`?lang=`, else Accept-Language, else Japanese). */
  readonly locale: Locale;
  /** Adds facts to this request's log line; `outcome` overrides the one read from the status (e.g. `dns_partial` on a 200). */
  note(fields: LogFields & { outcome?: string }): void;
  /** An error the handler caught and answered itself: logged by type and stack frames, never by its message. */
  failed(error: unknown): void;
  /**
   * Work that goes on after the response is returned (a streamed diagnosis): the analysis slot is
   * held and the log line written only once it settles, so both cover the real work.
   */
  defer(work: Promise<unknown>): void;
}

export interface ApiGuardOptions {
  /** An expensive route (DNS analysis): it takes one of the `MAX_CONCURRENT_ANALYSES` slots while it runs. */
  analysis?: boolean;
}

export type GuardedHandler<A extends unknown[]> = (request: Request, call: ApiCall, ...args: A) => Promise<Response>;

interface GuardState {
  config: ApiLimitsConfig;
  /** Null when `RATE_LIMIT_PER_MINUTE=0`. */
  limiter: RateLimiter | null;
  gate: AnalysisGate;
}

// Kept on globalThis so that Next's dev server, which re-evaluates modules, keeps one count and one
// bound instead of a fresh (empty) one per edit.
const STATE_KEY = Symbol.for("todoku.lib.http.api-guard");
type StateHolder = typeof globalThis & { [STATE_KEY]?: GuardState };

function createState(): GuardState {
  const logger = getLogger();
  const { config, warnings } = readApiLimitsConfig();
  for (const warning of warnings) logger.warn({ component: "limits" }, warning);
  let limiter: RateLimiter | null = null;
  if (config.rateLimitPerMinute > 0) {
    const memory = createMemoryRateLimiter({ limit: config.rateLimitPerMinute });
    limiter = config.sharedRateLimits
      ? createStoreRateLimiter({
          limit: config.rateLimitPerMinute,
          // Loaded on first use, so that routes of a process without a database never load its drivers.
          store: async () => (await import("@/lib/store")).getStore(),
          fallback: memory,
          onFallback: (reason) =>
            logger.warn({ component: "rate-limit", reason }, "the store cannot count rate limits; counting in this instance's memory for 30 s"),
        })
      : memory;
  }
  return { config, limiter, gate: createAnalysisGate({ permits: config.maxConcurrentAnalyses, queueMs: config.analysisQueueMs }) };
}

function guardState(): GuardState {
  const holder = globalThis as StateHolder;
  holder[STATE_KEY] ??= createState();
  return holder[STATE_KEY];
}

/** Forgets the limits, counts and slots, so the next request reads the environment again (tests). */
export function resetApiGuard(): void {
  delete (globalThis as StateHolder)[STATE_KEY];
}

// Letters, digits and a few separators: enough for UUIDs and the ids of common proxies, nothing
// that could forge a log line or smuggle an address into it.
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The incoming `X-Request-Id` when it looks like an id, else a fresh UUID. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id")?.trim();
  return incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

const CODE_BY_STATUS = new Map<number, ApiErrorCode>(
  (Object.entries(API_ERROR_CODES) as [ApiErrorCode, number][]).map(([code, status]) => [status, code]),
);

/** An error as a log field: its type, code and stack frames. The message is left out because it can quote input (JSON.parse does). */
export function errorLogFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("at "))
    .slice(0, 12);
  return { type: error.name, ...(typeof code === "string" ? { code } : {}), frames };
}

function withRequestId(response: Response, requestId: string): Response {
  try {
    response.headers.set("X-Request-Id", requestId);
    return response;
  } catch {
    // Immutable headers (a fetched response passed through): copy it.
    const copy = new Response(response.body, response);
    copy.headers.set("X-Request-Id", requestId);
    return copy;
  }
}

const NO_STORE = "no-store";

/**
 * Wraps a route handler: `export const POST = withApiGuard("diagnose", handler, { analysis: true })`.
 * In order: request id; rate limit (429 `rate_limited` + `Retry-After`); for analyses a slot, waiting
 * up to `ANALYSIS_QUEUE_MS` (503 `busy` + `Retry-After`); the handler; a 500 `internal` naming the
 * request id if it throws; `X-Request-Id` on every answer; one log line when the work is done.
 */
export function withApiGuard<A extends unknown[]>(route: string, handler: GuardedHandler<A>, options: ApiGuardOptions = {}): (request: Request, ...args: A) => Promise<Response> {
  return async (request, ...args) => {
    const started = performance.now();
    const state = guardState();
    const logger = getLogger();
    const requestId = requestIdFrom(request.headers);
    const locale = pickLocale(new URL(request.url).searchParams.get("lang"), request.headers.get("accept-language"));
    const fields: LogFields = {};
    let outcome: string | null = null;
    let failure: LogFields | null = null;
    let deferred: Promise<unknown> | null = null;
    let pass: AnalysisPass | null = null;

    const call: ApiCall = {
      requestId,
      locale,
      note({ outcome: named, ...more }) {
        if (named) outcome = named;
        Object.assign(fields, more);
      },
      failed(error) {
        failure = errorLogFields(error);
      },
      defer(work) {
        deferred = deferred ? Promise.allSettled([deferred, work]) : work;
      },
    };

    const admit = async (): Promise<Response | null> => {
      if (state.limiter) {
        const key = `api:${clientKey(clientAddress(request.headers, state.config.trustedProxyHops))}`;
        const decision = await state.limiter.hit(key).catch((error: unknown) => {
          // The limiter must never cost a request its answer.
          logger.warn({ component: "rate-limit", err: errorLogFields(error) }, "rate limiter failed; request let through");
          return null;
        });
        if (decision && !decision.allowed) {
          fields.rateLimit = { limit: decision.limit, windowSeconds: RATE_LIMIT_WINDOW_SECONDS, source: decision.source };
          return apiError("rate_limited", rateLimitedMessage(decision.retryAfterSeconds), locale, {
            headers: { "Retry-After": String(decision.retryAfterSeconds), "Cache-Control": NO_STORE },
          });
        }
      }
      if (options.analysis) {
        pass = await state.gate.enter(request.signal);
        if (!pass) {
          if (request.signal.aborted) outcome = "client_gone";
          const seconds = Math.max(1, Math.ceil(state.config.analysisQueueMs / 1000));
          return apiError("busy", BUSY_MESSAGE, locale, { headers: { "Retry-After": String(seconds), "Cache-Control": NO_STORE } });
        }
        fields.queuedMs = pass.waitedMs;
      }
      return null;
    };

    let response: Response;
    try {
      response = (await admit()) ?? (await handler(request, call, ...args));
    } catch (error) {
      failure = errorLogFields(error);
      outcome = "internal";
      response = apiError("internal", internalErrorMessage(requestId), locale, { headers: { "Cache-Control": NO_STORE } });
    }
    response = withRequestId(response, requestId);
    const status = response.status;

    const finish = () => {
      (pass as AnalysisPass | null)?.release();
      const result = outcome ?? (status < 400 ? "ok" : (CODE_BY_STATUS.get(status) ?? `http_${status}`));
      const line = {
        ...fields,
        reqId: requestId,
        route,
        method: request.method,
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        outcome: result,
        ...(failure ? { err: failure } : {}),
      };
      try {
        if (failure || result === "internal") logger.error(line, "api request");
        else if (result === "rate_limited" || result === "busy") logger.warn(line, "api request");
        else logger.info(line, "api request");
      } catch {
        // A log that cannot be written (stdout closed) must not turn into an unhandled rejection.
      }
    };
    const pending = deferred as Promise<unknown> | null;
    if (pending) {
      pending.then(finish, (error: unknown) => {
        failure ??= errorLogFields(error);
        outcome ??= "internal";
        finish();
      });
    } else {
      finish();
    }
    return response;
  };
}
