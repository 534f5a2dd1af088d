/**
 * The paths a mail takes to Gmail, as the customer chooses them on the first screen. `unsure`
 * means "read my error mail": the bounce then decides one of the other three.
 */
export const SCENARIOS = ["direct", "forward", "list"] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const ENTRY_CHOICES = [...SCENARIOS, "unsure"] as const;
export type EntryChoice = (typeof ENTRY_CHOICES)[number];

export function isScenario(value: unknown): value is Scenario {
  return typeof value === "string" && (SCENARIOS as readonly string[]).includes(value);
}
