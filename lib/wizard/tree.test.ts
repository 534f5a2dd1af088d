import { describe, expect, it } from "vitest";
import { diagnoseFields, diagnoseInputSchema } from "@/lib/schemas/diagnose-input";
import { isActionId } from "@/lib/wizard/actions";
import { ENTRY_CHOICES } from "@/lib/wizard/scenarios";
import { PATHS, QUESTION_IDS, QUESTIONS } from "@/lib/wizard/tree";

const bilingual = (text: { ja: string; en: string }) => text.ja.length > 0 && text.en.length > 0 && /[ぁ-んァ-ン一-龯]/.test(text.ja);

describe("the decision tree as data", () => {
  it("has a path for every first-screen choice, each asking known questions in both languages", () => {
    expect(Object.keys(PATHS).sort()).toEqual([...ENTRY_CHOICES].sort());
    for (const path of Object.values(PATHS)) {
      expect(bilingual(path.label) && bilingual(path.description)).toBe(true);
      for (const step of path.steps) expect(QUESTION_IDS).toContain(step);
      for (const id of path.actions) expect(isActionId(id)).toBe(true);
    }
    for (const question of Object.values(QUESTIONS)) {
      expect(bilingual(question.title) && bilingual(question.label) && bilingual(question.help)).toBe(true);
    }
  });

  it("asks only for fields the diagnosis accepts", () => {
    const fields = Object.keys(diagnoseFields.shape);
    for (const id of QUESTION_IDS) expect(fields).toContain(id);
  });

  it("ends every path but 'unsure' in actions; 'unsure' leads to one of the others through the bounce", () => {
    for (const entry of ["direct", "forward", "list"] as const) expect(PATHS[entry].actions.length).toBeGreaterThan(3);
    expect(PATHS.unsure.steps).toEqual(["bounce"]);
  });
});

describe("diagnose input schema", () => {
  it("normalises what customers type and takes the list's domain on the list path", () => {
    expect(diagnoseInputSchema.parse({ scenario: "direct", domain: "Taro@Example.JP", serverHost: " WWW1234.sakura.ne.jp. ", ip: "", dkimSelector: "RS20261005" })).toMatchObject({
      domain: "example.jp",
      serverHost: "www1234.sakura.ne.jp",
      dkimSelector: "rs20261005",
    });
    expect(diagnoseInputSchema.parse({ scenario: "list", listDomain: "members@ml.example.jp", listMember: "no" })).toMatchObject({ domain: "ml.example.jp", listDomain: "ml.example.jp" });
  });

  it("names each bad field with a message key", () => {
    const result = diagnoseInputSchema.safeParse({ scenario: "direct", domain: "example.jp", ip: "300.1.1.1", dkimSelector: "bad selector!" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["ip", "ip.invalid"],
      ["dkimSelector", "selector.invalid"],
    ]);
  });
});
