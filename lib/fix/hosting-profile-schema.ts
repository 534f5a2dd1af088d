import { z } from "zod";
import { SEVERITIES } from "@/lib/findings/types";
import { DNS_PROVIDER_IDS } from "@/lib/fix/dns-provider-types";
import { parseSpf } from "@/lib/spf/parse";

/**
 * The hosting profile: everything todoku says about the company running it (whose servers send
 * the customers' mail), as data. One JSON file per host in `lib/fix/profiles/`; another host
 * deploys todoku by writing its own file and pointing `HOSTING_PROFILE` at it.
 */

const localized = z.object({ ja: z.string().min(1), en: z.string().min(1) });
const confidence = z.enum(["verified", "third-party", "unverified"]);

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
const pattern = z.string().min(1).refine(compiles, { message: "not a valid regular expression" });
const helpLink = z.object({ title: localized, url: z.url({ protocol: /^https?$/ }), confidence: confidence.optional() });

/** Placeholders the SPF templates may use. */
export const EXAMPLE_DOMAIN = "example.jp";

export const hostingProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: "lower-case letters, digits and hyphens only" }),
    name: localized,
    serverHost: z.object({
      /** The sending server's host name, the one to authorize (`a:{host}`). */
      pattern,
      example: z.string().min(1),
      /** Where the customer finds it in the host's panel. */
      where: localized,
      confidence,
    }),
    /** The account's "initial domain" customers wrongly put in SPF instead of the host name; null if none. */
    initialDomain: z
      .object({ pattern, example: z.string().min(1), explanation: localized, confidence })
      .nullable(),
    spf: z.object({
      /** The term that authorizes one server host; `{host}` is replaced. Never an ip4: the host's address may change. */
      hostTerm: z.string().includes("{host}"),
      /** The whole record the host recommends; `{host}` and `{domain}` are replaced. */
      recommendedRecord: z.string().startsWith("v=spf1 ").includes("{host}"),
      confidence,
    }),
    nameservers: z.array(z.string().min(1)).min(1),
    /** The provider whose panel instructions apply when the host's own nameservers serve the domain. */
    dnsProviderId: z.enum(DNS_PROVIDER_IDS),
    dkim: z.object({
      supported: z.boolean().nullable(),
      /** Selectors the host signs with (e.g. `^rs\d{8}$`), for the DKIM check; null if unknown. */
      selectorPattern: pattern.nullable(),
      selectorExample: z.string().nullable(),
      /** The record type the host's panel shows for customers on other DNS. */
      recordType: z.enum(["TXT", "CNAME"]),
      where: localized,
      /** True when enabling DKIM also publishes the key on the host's own nameservers. */
      publishesOnOwnDns: z.boolean().nullable(),
      note: localized.optional(),
      help: helpLink.optional(),
      confidence,
    }),
    dmarc: z.object({
      supported: z.boolean().nullable(),
      where: localized.nullable(),
      help: helpLink.optional(),
    }),
    /** Sender Rewriting Scheme on forwarding; null = not known (say so, never guess). */
    srs: z.object({ offered: z.boolean().nullable(), note: localized }),
    /** How long the host says to wait after a DNS change. */
    propagation: z.object({ hours: z.number().int().min(0).max(168), confidence }),
    helpLinks: z.array(helpLink.extend({ id: z.string().min(1) })),
    warnings: z.array(
      z.object({
        id: z.string().min(1),
        severity: z.enum(SEVERITIES),
        topic: z.enum(["spf", "dkim", "dmarc", "general"]),
        /** `own-dns`: only when the host's nameservers serve the domain; `other-dns`: only when they do not. */
        appliesWhen: z.enum(["always", "own-dns", "other-dns"]),
        message: localized,
      }),
    ),
  })
  .superRefine((profile, ctx) => {
    // Refinements run even after a field failed: test patterns only when they compile.
    const matches = (re: string, value: string) => !compiles(re) || new RegExp(re).test(value);
    if (!matches(profile.serverHost.pattern, profile.serverHost.example)) {
      ctx.addIssue({ code: "custom", path: ["serverHost", "example"], message: "does not match serverHost.pattern" });
    }
    if (profile.initialDomain && !matches(profile.initialDomain.pattern, profile.initialDomain.example)) {
      ctx.addIssue({ code: "custom", path: ["initialDomain", "example"], message: "does not match initialDomain.pattern" });
    }
    const fill = (t: string) => t.replaceAll("{host}", profile.serverHost.example).replaceAll("{domain}", EXAMPLE_DOMAIN);
    for (const key of ["hostTerm", "recommendedRecord"] as const) {
      const text = key === "hostTerm" ? `v=spf1 ${fill(profile.spf.hostTerm)}` : fill(profile.spf.recommendedRecord);
      const parsed = parseSpf(text);
      if (parsed.errors.length > 0 || (key === "hostTerm" && parsed.terms.length !== 1)) {
        const why = parsed.errors[0]?.message.en ?? "must be exactly one SPF mechanism";
        ctx.addIssue({ code: "custom", path: ["spf", key], message: `not valid SPF: ${why}` });
      }
    }
  });

export type HostingProfile = z.infer<typeof hostingProfileSchema>;
export type HostingProfileWarning = HostingProfile["warnings"][number];

/** Zod issues as "field.path: message" lines, naming the field a profile author must fix. */
export function describeProfileIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`).join("; ");
}
