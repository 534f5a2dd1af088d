import { describe, expect, it } from "vitest";
import { isCheckStatus, statusFromFindings } from "@/lib/checks/types";
import { makeFinding } from "@/lib/findings/finding";

const text = { ja: "テスト", en: "test" };

describe("statusFromFindings", () => {
  it("ranks a definite error over DNS trouble, DNS trouble over warnings", () => {
    expect(statusFromFindings([])).toBe("ok");
    expect(statusFromFindings([makeFinding("dmarc.policy_none", text)])).toBe("ok");
    expect(statusFromFindings([makeFinding("dmarc.none", text)])).toBe("warning");
    expect(statusFromFindings([makeFinding("dmarc.none", text), makeFinding("mx.dns_error", text)])).toBe("unknown");
    expect(statusFromFindings([makeFinding("mx.no_address", text), makeFinding("mx.dns_error", text)])).toBe("error");
  });

  it("knows its statuses", () => {
    expect(isCheckStatus("skipped")).toBe(true);
    expect(isCheckStatus("live")).toBe(false);
  });
});
