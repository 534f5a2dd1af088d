import { ENTRY_CHOICES, SCENARIOS, type EntryChoice, type Scenario } from "@/lib/wizard/scenarios";
import { PATHS, QUESTION_IDS, type QuestionId } from "@/lib/wizard/tree";

/**
 * The wizard's position and answers, kept in the URL so reload, the back button and a pasted
 * link all land on the same step with the same answers. The pasted error mail is never put in
 * the URL (it stays in the browser tab).
 */

export const ANSWER_FIELDS = ["scenario", "domain", "originalDomain", "listDomain", "listMember", "serverHost", "ip", "dkimSelector", "provider"] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];
export type Answers = Partial<Record<AnswerField, string>>;

export type StepId = "start" | QuestionId | "confirm" | "results";

export interface FlowState {
  path: EntryChoice | null;
  step: StepId;
  answers: Answers;
}

const MAX_PARAM = 512;

/** The first `max` UTF-16 units of a text, one fewer when the cut would split a surrogate pair (an emoji). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

function first(value: string | string[] | null | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === null || v === undefined || v === "" ? undefined : cut(v, MAX_PARAM);
}

/** The steps of a path, first screen and results included. */
export function stepsOf(path: EntryChoice | null): StepId[] {
  if (path === null) return ["start"];
  if (path === "unsure") return ["start", "bounce", "confirm", "results"];
  return ["start", ...PATHS[path].steps, "results"];
}

/** The scenario the diagnosis runs for: the chosen path, or after the error mail the confirmed one. */
export function scenarioOf(state: FlowState): Scenario | null {
  if (state.path && state.path !== "unsure") return state.path;
  const chosen = state.answers.scenario;
  return chosen && (SCENARIOS as readonly string[]).includes(chosen) ? (chosen as Scenario) : null;
}

/** Reads the URL's search params; anything unknown or out of place falls back to a valid step. */
export function readFlowState(params: URLSearchParams | Record<string, string | string[] | undefined>): FlowState {
  const get = (key: string) => first(params instanceof URLSearchParams ? params.get(key) : params[key]);
  const rawPath = get("path");
  const path = rawPath && (ENTRY_CHOICES as readonly string[]).includes(rawPath) ? (rawPath as EntryChoice) : null;
  const answers: Answers = {};
  for (const field of ANSWER_FIELDS) {
    const value = get(field);
    if (value !== undefined) answers[field] = value;
  }
  const steps = stepsOf(path);
  const rawStep = get("step");
  const step = rawStep && (steps as string[]).includes(rawStep) ? (rawStep as StepId) : (steps[1] ?? "start");
  return { path, step: path === null ? "start" : step, answers };
}

/** The query string for a state (answers in a stable order; empty ones left out). */
export function flowQuery(state: FlowState): string {
  const params = new URLSearchParams();
  if (state.path) params.set("path", state.path);
  if (state.path && state.step !== "start") params.set("step", state.step);
  for (const field of ANSWER_FIELDS) {
    const value = state.answers[field];
    if (value) params.set(field, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function nextStep(state: FlowState): StepId {
  const steps = stepsOf(state.path);
  return steps[Math.min(steps.indexOf(state.step) + 1, steps.length - 1)] ?? "results";
}

export function previousStep(state: FlowState): StepId {
  const steps = stepsOf(state.path);
  return steps[Math.max(steps.indexOf(state.step) - 1, 0)] ?? "start";
}

/** The confirm step (after the error mail) asks the questions of the scenario it read. */
export function confirmQuestions(scenario: Scenario): QuestionId[] {
  return PATHS[scenario].steps.filter((id): id is QuestionId => (QUESTION_IDS as readonly string[]).includes(id));
}

/** The step where a field is asked, to send the customer back when a stored answer is invalid. */
export function stepOfField(state: FlowState, field: string): StepId {
  if (state.path === "unsure") return "confirm";
  const steps = stepsOf(state.path);
  return (steps as string[]).includes(field) ? (field as StepId) : (steps[1] ?? "start");
}
