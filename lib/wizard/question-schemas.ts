import { z } from "zod";
import { domainSchema } from "@/lib/schemas/domain";
import { diagnoseFields } from "@/lib/schemas/diagnose-input";
import type { SchemaMessageKey } from "@/lib/schemas/messages";
import { ENTRY_CHOICES, SCENARIOS, type Scenario } from "@/lib/wizard/scenarios";
import { LIST_MEMBER_ANSWERS, PATHS, type QuestionId } from "@/lib/wizard/tree";

/**
 * The form of each wizard step, built from the same field schemas `POST /api/v1/diagnose`
 * validates with, so a step accepts exactly what the diagnosis will.
 */
export const QUESTION_SCHEMAS = {
  domain: z.object({ domain: diagnoseFields.shape.domain }),
  originalDomain: z.object({ originalDomain: diagnoseFields.shape.originalDomain }),
  // Asked on the list path, where it is the domain checked: required there.
  listDomain: z.object({ listDomain: domainSchema }),
  listMember: z.object({ listMember: z.enum(LIST_MEMBER_ANSWERS, { error: "input.invalid" satisfies SchemaMessageKey }) }),
  serverHost: z.object({ serverHost: diagnoseFields.shape.serverHost }),
} as const satisfies Record<Exclude<QuestionId, "bounce">, z.ZodType>;

export const startSchema = z.object({ path: z.enum(ENTRY_CHOICES, { error: "scenario.invalid" satisfies SchemaMessageKey }) });

const text = z.string().optional();

/**
 * The confirm step after the error mail: the path it read (which the customer may change) and
 * that path's questions, each validated by its own step schema above.
 */
export const confirmSchema = z
  .object({
    scenario: z.enum(SCENARIOS, { error: "scenario.invalid" satisfies SchemaMessageKey }),
    domain: text,
    originalDomain: text,
    listDomain: text,
    listMember: text,
    serverHost: text,
  })
  .transform((values, ctx) => {
    const out: Partial<Record<Exclude<QuestionId, "bounce">, string>> & { scenario: Scenario } = { scenario: values.scenario };
    for (const id of PATHS[values.scenario].steps) {
      if (id === "bounce") continue;
      const parsed = QUESTION_SCHEMAS[id].safeParse({ [id]: values[id] });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [id], message: issue.message });
        continue;
      }
      const value = (parsed.data as Record<string, string | undefined>)[id];
      if (value) out[id] = value;
    }
    return out;
  });
