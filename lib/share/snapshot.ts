import type { Locale } from "@/lib/i18n/locales";
import { maskEmails } from "@/lib/privacy/mask-email";
import type { DiagnoseInput } from "@/lib/schemas/diagnose-input";
import { expectedRecords } from "@/lib/wizard/expected-records";
import type { BounceFacts, Diagnosis } from "@/lib/wizard/types";

/**
 * A shared result: what the customer saw, frozen. It holds the diagnosis (inputs, every check,
 * the actions) but never the error mail itself — only facts read from it, with every e-mail
 * address masked (`h***@gmail.com`).
 */
export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  /** When the snapshot was taken (the diagnosis's own time is `diagnosis.checkedAt`). */
  createdAt: string;
  appVersion: string;
  /** The language the customer used. */
  locale: Locale;
  diagnosis: Diagnosis;
}

/** Every address in every text read from the error mail (recipients, sender, the reply, its session token…). */
function maskBounce(bounce: BounceFacts): BounceFacts {
  const masked = Object.entries(bounce).map(([key, value]) => [key, typeof value === "string" ? maskEmails(value) : value]);
  return Object.fromEntries(masked) as BounceFacts;
}

export function buildSnapshot(diagnosis: Diagnosis, meta: { locale: Locale; appVersion: string; now: Date }): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    createdAt: meta.now.toISOString(),
    appVersion: meta.appVersion,
    locale: meta.locale,
    diagnosis: { ...diagnosis, bounce: diagnosis.bounce ? maskBounce(diagnosis.bounce) : null },
  };
}

/**
 * The diagnosis input for "check again now" on a shared result: the customer's answers plus what
 * was read from the error mail then (the IP, the host name, a DKIM selector), since the mail
 * itself is not kept, and the records the result asked for (is each live yet?).
 */
export function recheckInput(snapshot: Snapshot): DiagnoseInput {
  const { diagnosis } = snapshot;
  const input = diagnosis.input;
  const selector = diagnosis.checks.dkim.selectors.find((s) => s.source !== "profile")?.selector;
  const out: DiagnoseInput = { scenario: input.scenario, domain: input.domain };
  const set = <K extends keyof DiagnoseInput>(key: K, value: DiagnoseInput[K] | null | undefined) => {
    if (value !== null && value !== undefined) out[key] = value;
  };
  set("originalDomain", input.originalDomain ?? (diagnosis.originalSpf?.domain || null));
  set("listDomain", input.listDomain);
  set("listMember", input.listMember);
  set("serverHost", diagnosis.serverHost.value);
  set("ip", diagnosis.ip.value);
  set("dkimSelector", input.dkimSelector ?? selector ?? null);
  set("provider", input.provider);
  const expect = expectedRecords(diagnosis);
  if (expect.length > 0) out.expect = expect;
  return out;
}
