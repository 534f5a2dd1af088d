import type { ExpectedRecord } from "@/lib/wizard/diagnose";
import type { Diagnosis } from "@/lib/wizard/types";

/** The records a result asked the customer to set: "check again" asks whether each is live yet. */
export function expectedRecords(diagnosis: Diagnosis): ExpectedRecord[] {
  return diagnosis.actions
    .flatMap((action) => action.records.filter((r) => r.role === "set").map((r) => ({ name: r.name, type: r.type, value: r.rawValue })))
    .slice(0, 8);
}
