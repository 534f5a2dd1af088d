import { describe, expect, it } from "vitest";
import { confirmSchema, QUESTION_SCHEMAS } from "@/lib/wizard/question-schemas";

describe("wizard step schemas", () => {
  it("read each answer like the diagnosis does", () => {
    expect(QUESTION_SCHEMAS.domain.parse({ domain: "taro@Example.JP" })).toEqual({ domain: "example.jp" });
    expect(QUESTION_SCHEMAS.serverHost.parse({ serverHost: "" })).toEqual({ serverHost: undefined });
    expect(QUESTION_SCHEMAS.listDomain.safeParse({ listDomain: "" }).error?.issues[0]?.message).toBe("domain.required");
    expect(QUESTION_SCHEMAS.listMember.safeParse({}).success).toBe(false);
  });

  it("confirm: validates the questions of the path chosen, and only those", () => {
    expect(confirmSchema.parse({ scenario: "direct", domain: "Example.jp.", listDomain: "not valid!", serverHost: "" })).toEqual({ scenario: "direct", domain: "example.jp" });
    const list = confirmSchema.safeParse({ scenario: "list", domain: "example.jp" });
    expect(list.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["listDomain", "domain.required"],
      ["listMember", "input.invalid"],
    ]);
    expect(confirmSchema.parse({ scenario: "forward", domain: "fwd.example.jp", originalDomain: "sender.example.com" })).toEqual({
      scenario: "forward",
      domain: "fwd.example.jp",
      originalDomain: "sender.example.com",
    });
  });
});
