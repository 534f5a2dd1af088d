import { z } from "zod";
import { BOUNCE_TEXT_MAX_BYTES, utf8ByteLength } from "@/lib/schemas/bounce-input";
import { domainSchema, hostNameSchema, ipSchema } from "@/lib/schemas/domain";
import type { SchemaMessageKey } from "@/lib/schemas/messages";
import { LIST_MEMBER_ANSWERS } from "@/lib/wizard/tree";
import { SCENARIOS } from "@/lib/wizard/scenarios";

/** Blank form fields and absent JSON fields both mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value), schema.optional());

/** RFC 6376 §3.1: a selector is dot-separated sub-domain labels. */
export const dkimSelectorSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, { error: "selector.invalid" satisfies SchemaMessageKey })
  .regex(/^[a-z0-9](?:[a-z0-9_-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9_-]{0,61}[a-z0-9])?)*$/, {
    error: "selector.invalid" satisfies SchemaMessageKey,
  });

/**
 * The fields of a diagnosis, each with its own schema. The wizard's step forms pick the fields of
 * their step from this object; `POST /api/v1/diagnose` validates the whole with `diagnoseInputSchema`.
 */
export const diagnoseFields = z.object({
  scenario: z.enum(SCENARIOS, { error: "scenario.invalid" satisfies SchemaMessageKey }),
  domain: domainSchema,
  originalDomain: optional(domainSchema),
  listDomain: optional(domainSchema),
  listMember: optional(z.enum(LIST_MEMBER_ANSWERS, { error: "input.invalid" satisfies SchemaMessageKey })),
  serverHost: optional(hostNameSchema),
  ip: optional(ipSchema),
  dkimSelector: optional(dkimSelectorSchema),
  /** A DNS provider id chosen by the customer, overriding the one detected from NS. */
  provider: optional(z.string().max(40).regex(/^[a-z0-9-]+$/, { error: "input.invalid" satisfies SchemaMessageKey })),
  /** Skip this process's DNS cache (shared results' "check the current state"). */
  fresh: optional(z.boolean({ error: "input.invalid" satisfies SchemaMessageKey })),
  /** Records a previous result asked for: "check again" says whether each is live yet. */
  expect: z
    .array(
      z.object({
        name: z.string().trim().toLowerCase().max(253).regex(/^[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*\.?$/, { error: "input.invalid" satisfies SchemaMessageKey }),
        type: z.enum(["TXT", "CNAME"]),
        value: z.string().max(4096, { error: "field.too_long" satisfies SchemaMessageKey }),
      }),
    )
    .max(8)
    .optional(),
  /** The pasted error mail; read for its facts, never stored. */
  bounce: optional(
    z.string().refine((text) => utf8ByteLength(text) <= BOUNCE_TEXT_MAX_BYTES, { error: "field.too_long" satisfies SchemaMessageKey }),
  ),
});

/** For the list path the domain checked is the list's own; `domain` may then be left out. */
export const diagnoseInputSchema = z.preprocess((value) => {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const input = value as Record<string, unknown>;
    const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
    if (input.scenario === "list" && blank(input.domain) && !blank(input.listDomain)) return { ...input, domain: input.listDomain };
  }
  return value;
}, diagnoseFields);

export type DiagnoseInput = z.infer<typeof diagnoseFields>;
