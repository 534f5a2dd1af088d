import { describe, expect, it } from "vitest";
import { flowQuery, nextStep, previousStep, readFlowState, scenarioOf, stepOfField, stepsOf } from "@/lib/wizard/flow";

describe("wizard flow in the URL", () => {
  it("lists each path's steps", () => {
    expect(stepsOf(null)).toEqual(["start"]);
    expect(stepsOf("direct")).toEqual(["start", "domain", "serverHost", "results"]);
    expect(stepsOf("list")).toEqual(["start", "listDomain", "listMember", "serverHost", "results"]);
    expect(stepsOf("unsure")).toEqual(["start", "bounce", "confirm", "results"]);
  });

  it("round-trips a state through the query string", () => {
    const state = readFlowState(new URLSearchParams("path=direct&step=serverHost&domain=example.jp&junk=1"));
    expect(state).toEqual({ path: "direct", step: "serverHost", answers: { domain: "example.jp" } });
    expect(flowQuery(state)).toBe("?path=direct&step=serverHost&domain=example.jp");
    expect(readFlowState(new URLSearchParams(flowQuery(state).slice(1)))).toEqual(state);
  });

  it("falls back to a valid step for unknown paths and steps", () => {
    expect(readFlowState(new URLSearchParams("path=teleport&step=results"))).toEqual({ path: null, step: "start", answers: {} });
    expect(readFlowState({ path: "forward", step: "listMember" }).step).toBe("domain");
    expect(readFlowState({ path: "unsure", step: ["confirm", "results"] }).step).toBe("confirm");
  });

  it("moves forward and back within the path", () => {
    const state = readFlowState({ path: "forward", step: "domain" });
    expect(nextStep(state)).toBe("originalDomain");
    expect(previousStep(state)).toBe("start");
    expect(nextStep({ ...state, step: "results" })).toBe("results");
  });

  it("knows the scenario, also after the error mail", () => {
    expect(scenarioOf(readFlowState({ path: "list" }))).toBe("list");
    expect(scenarioOf(readFlowState({ path: "unsure", scenario: "forward" }))).toBe("forward");
    expect(scenarioOf(readFlowState({ path: "unsure", scenario: "nope" }))).toBeNull();
  });

  it("sends an invalid answer back to the step that asks it", () => {
    expect(stepOfField(readFlowState({ path: "direct" }), "serverHost")).toBe("serverHost");
    expect(stepOfField(readFlowState({ path: "unsure" }), "domain")).toBe("confirm");
    expect(stepOfField(readFlowState({ path: "direct" }), "ip")).toBe("domain");
  });

  it("caps the length of what it reads", () => {
    expect(readFlowState({ path: "direct", domain: "a".repeat(5000) }).answers.domain).toHaveLength(512);
  });

  it("never cuts an emoji in half at the cap", () => {
    // 511 units, then a two-unit emoji across the 512th: the whole emoji goes.
    const across = readFlowState({ path: "direct", domain: `${"a".repeat(511)}📮b` }).answers.domain ?? "";
    expect(across).toBe("a".repeat(511));
    expect(() => encodeURIComponent(across)).not.toThrow();
    // An emoji that ends exactly at the cap stays whole.
    expect(readFlowState({ path: "direct", domain: `${"a".repeat(510)}📮b` }).answers.domain).toBe(`${"a".repeat(510)}📮`);
  });
});
