import { describe, expect, it } from "vitest";
import { answersFromBounce } from "@/lib/wizard/bounce-prefill";

const none = { scenario: null, domain: null, sender: null, from: null, originalRecipient: null, ip: null, dkim: null, listId: null } as const;

describe("answersFromBounce", () => {
  it("direct: the domain Gmail checked, the IP and a matching DKIM selector", () => {
    expect(answersFromBounce({ ...none, scenario: "direct", domain: "example.jp", sender: "taro@example.jp", ip: "203.0.113.25", dkim: { domain: "example.jp", selector: "rs20261005" } })).toEqual({
      scenario: "direct",
      domain: "example.jp",
      ip: "203.0.113.25",
      dkimSelector: "rs20261005",
    });
  });

  it("forward: the forwarding address's domain, and the original sender's", () => {
    expect(answersFromBounce({ ...none, scenario: "forward", originalRecipient: "info@shop.example.jp", domain: "sender.example.com", sender: "a@sender.example.com" })).toEqual({
      scenario: "forward",
      domain: "shop.example.jp",
      originalDomain: "sender.example.com",
    });
  });

  it("list: the list's own domain, from its bounce address or its List-Id", () => {
    expect(answersFromBounce({ ...none, scenario: "list", sender: "members-admin@ml.example.jp" })).toMatchObject({ listDomain: "ml.example.jp", domain: "ml.example.jp" });
    expect(answersFromBounce({ ...none, scenario: "list", listId: "Members <members.ml.example.jp>" })).toMatchObject({ listDomain: "ml.example.jp" });
  });

  it("takes the reporting server as the host name when it has the hosting profile's form", () => {
    expect(answersFromBounce({ ...none, domain: "example.jp", reportingMta: "www1234.sakura.ne.jp" }, "^www\\d+\\.sakura\\.ne\\.jp$").serverHost).toBe("www1234.sakura.ne.jp");
    expect(answersFromBounce({ ...none, domain: "example.jp", reportingMta: "mx.other.example" }, "^www\\d+\\.sakura\\.ne\\.jp$")).not.toHaveProperty("serverHost");
  });

  it("defaults to the direct path and leaves unknowns empty", () => {
    expect(answersFromBounce(none)).toEqual({ scenario: "direct" });
    expect(answersFromBounce({ ...none, dkim: { domain: "other.example", selector: "s1" }, domain: "example.jp" })).not.toHaveProperty("dkimSelector");
  });
});
