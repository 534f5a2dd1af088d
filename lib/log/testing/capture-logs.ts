import { createLogger, setLogger } from "@/lib/log/logger";

export interface CapturedLogs {
  /** Every line as written (JSON text). */
  raw: string[];
  /** The same lines, parsed. */
  lines: Record<string, unknown>[];
  /** Lines of the API guard (one per request). */
  requests(): Record<string, unknown>[];
  /** Puts the process-wide logger back. */
  restore(): void;
}

/** Makes the process-wide logger write into memory at `info`, for tests that read the log lines. */
export function captureLogs(): CapturedLogs {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  setLogger(
    createLogger({
      level: "info",
      destination: {
        write(chunk: string) {
          raw.push(chunk);
          lines.push(JSON.parse(chunk) as Record<string, unknown>);
        },
      },
    }),
  );
  return {
    raw,
    lines,
    requests: () => lines.filter((line) => line.msg === "api request"),
    restore: () => setLogger(null),
  };
}
