import { describe, expect, it } from "vitest";
import { guessScenario, type ScenarioInput } from "@/lib/bounce/scenario";
import type { BounceRecipient } from "@/lib/bounce/types";

const recipient = (overrides: Partial<BounceRecipient> = {}): BounceRecipient => ({
  recipient: "hanako@gmail.com",
  originalRecipient: null,
  action: "failed",
  status: "5.7.26",
  replyCode: "550",
  reply: "This mail has been blocked because the sender is unauthenticated.",
  session: null,
  remoteMta: "gmail-smtp-in.l.google.com",
  category: "auth_unauthenticated",
  temporary: false,
  gmail: true,
  ip: null,
  ipSource: null,
  domain: "example.jp",
  ...overrides,
});

const input = (overrides: Partial<ScenarioInput> = {}): ScenarioInput => {
  const primary = overrides.primary ?? recipient();
  return { primary, recipients: [primary], returnAddresses: [], viaList: false, viaForward: false, senderAddresses: ["taro@example.jp"], ...overrides };
};

describe("guessScenario", () => {
  it("says direct for an authentication refusal at Gmail of the sender's own domain", () => {
    expect(guessScenario(input())).toBe("direct");
    expect(guessScenario(input({ senderAddresses: ["taro@mail.example.jp"] }))).toBe("direct");
  });

  it("says nothing when Gmail checked someone else's domain, or refused for another reason", () => {
    expect(guessScenario(input({ senderAddresses: ["taro@example.com"] }))).toBeNull();
    expect(guessScenario(input({ primary: recipient({ category: "recipient_unknown" }) }))).toBeNull();
    expect(guessScenario(input({ primary: recipient({ gmail: false }) }))).toBeNull();
  });

  it("says forward when the recipient was rewritten to another domain, or the copy was marked", () => {
    const forwarded = recipient({ originalRecipient: "info@example.jp" });
    expect(guessScenario(input({ primary: forwarded, recipients: [forwarded] }))).toBe("forward");
    expect(guessScenario(input({ viaForward: true }))).toBe("forward");
    const sameDomain = recipient({ recipient: "a@example.jp", originalRecipient: "b@example.jp" });
    expect(guessScenario(input({ primary: sameDomain, recipients: [sameDomain] }))).toBe("direct");
  });

  it("does not mistake Gmail's 'forward DNS entry' for forwarding", () => {
    const ptr = recipient({ category: "ptr", reply: "or the corresponding forward DNS entry does not point to the sending IP" });
    expect(guessScenario(input({ primary: ptr, recipients: [ptr] }))).toBeNull();
  });

  it.each(["seminar-bounces@lists.example.jp", "owner-staff@example.jp", "news-admin@example.jp", "club-owner@example.jp", "seminar-bounces+hanako=gmail.com@lists.example.jp"])(
    "says list for a bounce sent to %s",
    (address) => {
      expect(guessScenario(input({ returnAddresses: [address] }))).toBe("list");
    },
  );

  it("says list when the returned message has list fields, before anything else", () => {
    const forwarded = recipient({ originalRecipient: "info@example.jp" });
    expect(guessScenario(input({ primary: forwarded, recipients: [forwarded], viaList: true }))).toBe("list");
  });
});
