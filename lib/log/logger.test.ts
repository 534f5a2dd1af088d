import { afterEach, describe, expect, it } from "vitest";
import { APP_VERSION } from "@/lib/app-version";
import { getLogger, maskLogValue, readLogLevel } from "@/lib/log/logger";
import { captureLogs, type CapturedLogs } from "@/lib/log/testing/capture-logs";

let logs: CapturedLogs | undefined;
afterEach(() => logs?.restore());

describe("logger", () => {
  it("writes one JSON line per entry with the base fields", () => {
    logs = captureLogs();
    getLogger().info({ route: "/api/v1/spf", status: 200 }, "api request");
    expect(logs.raw).toHaveLength(1);
    expect(logs.raw[0]?.endsWith("\n")).toBe(true);
    expect(logs.lines[0]).toMatchObject({ level: "info", app: "todoku", version: APP_VERSION, route: "/api/v1/spf", status: 200, msg: "api request" });
    expect(new Date(String(logs.lines[0]?.time)).toISOString()).toBe(logs.lines[0]?.time);
  });

  it("masks e-mail addresses anywhere in the fields and the message", () => {
    logs = captureLogs();
    getLogger().warn({ note: "from hanako.suzuki@gmail.com", nested: { list: ["taro@example.jp"] } }, "mail to jiro@example.co.jp failed");
    const line = logs.raw.join("");
    expect(line).not.toMatch(/hanako\.suzuki|taro@|jiro@/);
    expect(logs.lines[0]).toMatchObject({ note: "from h***@gmail.com", nested: { list: ["t***@example.jp"] }, msg: "mail to j***@example.co.jp failed" });
  });

  it("redacts fields that would hold the mail or credentials", () => {
    logs = captureLogs();
    getLogger().info({ bounce: "Final-Recipient: rfc822; x", input: { text: "secret", recipient: "a" }, databaseUrl: "postgres://u:pw@h/db" });
    expect(logs.raw.join("")).not.toMatch(/Final-Recipient|secret|pw@/);
    expect(logs.lines[0]).toMatchObject({ bounce: "[redacted]", input: { text: "[redacted]", recipient: "[redacted]" }, databaseUrl: "[redacted]" });
  });

  it("leaves values without an address alone", () => {
    expect(maskLogValue({ domain: "example.jp", n: 3, list: [null, true] })).toEqual({ domain: "example.jp", n: 3, list: [null, true] });
  });
});

describe("readLogLevel", () => {
  it("is info by default, silent under a test runner, and warns about a bad value", () => {
    expect(readLogLevel({})).toEqual({ level: "info", warning: null });
    expect(readLogLevel({ VITEST: "true" })).toEqual({ level: "silent", warning: null });
    expect(readLogLevel({ VITEST: "true", LOG_LEVEL: "debug" })).toEqual({ level: "debug", warning: null });
    expect(readLogLevel({ LOG_LEVEL: "WARN" }).level).toBe("warn");
    expect(readLogLevel({ LOG_LEVEL: "loud" })).toEqual({ level: "info", warning: expect.stringContaining('LOG_LEVEL="loud" ignored') });
  });
});
