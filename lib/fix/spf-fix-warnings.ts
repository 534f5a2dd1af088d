import type { DnsProvider } from "@/lib/fix/dns-provider-types";
import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
import { spfFixMessages as m } from "@/lib/fix/spf-fix-messages";
import type { FixLookups } from "@/lib/fix/spf-lookups";
import type { MergeOutcome } from "@/lib/fix/spf-merge";
import type { FixWarning } from "@/lib/fix/types";
import { LOOKUP_LIMIT } from "@/lib/spf/types";

/** Within this many lookups of the limit, warn before the record fails. */
const NEAR_LIMIT = LOOKUP_LIMIT - 1;

/** RFC 7208 §3.4: keep the answer under 512 bytes; the record under 450 leaves room. */
const LONG_RECORD_BYTES = 450;

export interface OutcomeContext {
  kind: "add" | "merge" | "update" | "none";
  outcome: MergeOutcome;
  provider: DnsProvider;
  deleteRecords: readonly string[];
  profile: HostingProfile;
  singleRecord: boolean;
}

export const spfFixWarnings = {
  /** What the merge did that the customer must know, in the order they meet it. */
  outcome({ kind, outcome, provider, deleteRecords, profile, singleRecord }: OutcomeContext): FixWarning[] {
    const out: FixWarning[] = [];
    if (kind === "merge") out.push({ id: "spf.delete_records", severity: "warning", message: m.mergeDelete(deleteRecords.length, deleteRecords) });
    if (kind === "update") out.push({ id: "spf.edit_existing", severity: "info", message: m.editExisting });
    if ((kind === "merge" || kind === "update") && provider.txt.oneRecordSetPerName) {
      out.push({ id: "spf.record_set_replace", severity: "warning", message: m.recordSetReplace });
    }
    const syntax = outcome.removed.filter((r) => r.reason === "syntax").map((r) => r.term);
    if (syntax.length > 0) out.push({ id: "spf.syntax_fixed", severity: "warning", message: m.syntaxFixed(syntax) });
    if (outcome.permissiveAll !== null) {
      const recommended = outcome.all !== null && outcome.allChoice === "recommended" ? outcome.all : "~all";
      const pass = !outcome.permissiveAll.startsWith("?");
      out.push({
        id: pass ? "spf.all_pass" : "spf.all_neutral",
        severity: pass ? "error" : "warning",
        message: pass ? m.allPass(outcome.permissiveAll, recommended) : m.allNeutral(outcome.permissiveAll, recommended),
        term: outcome.permissiveAll,
      });
    }
    if (outcome.all?.startsWith("-")) out.push({ id: "spf.all_fail_kept", severity: "info", message: m.allFailKept(outcome.all), term: outcome.all });
    if (outcome.allAdded && outcome.all) out.push({ id: "spf.all_added", severity: "info", message: m.allAdded(outcome.all), term: outcome.all });
    if (outcome.allMoved && singleRecord) {
      const moved = outcome.items.filter((i) => i.wasUnreachable).map((i) => i.text);
      out.push({ id: "spf.all_moved", severity: "warning", message: m.allMoved(moved) });
    }
    if (outcome.redirect) out.push({ id: "spf.redirect_kept", severity: "info", message: m.redirectKept(outcome.redirect), term: outcome.redirect });
    if (outcome.ignoredRedirect && outcome.all) {
      out.push({ id: "spf.redirect_ignored", severity: "warning", message: m.redirectIgnored(outcome.ignoredRedirect, outcome.all), term: outcome.ignoredRedirect });
    }
    for (const term of outcome.initialDomainKept) {
      out.push({
        id: "spf.initial_domain",
        severity: "warning",
        message: m.initialDomainKept(term, profile.initialDomain?.explanation ?? null, profile.serverHost.example),
        term,
      });
    }
    return out;
  },

  /** Over the limit is an error; at nine or ten, a warning before it passes the limit. */
  lookups(lookups: FixLookups): FixWarning[] {
    const out: FixWarning[] = [];
    if (lookups.after > LOOKUP_LIMIT) {
      out.push({ id: "spf.lookups_over_limit", severity: "error", message: m.lookupsOver(lookups.after, lookups.exact, lookups.before) });
    } else if (lookups.after >= NEAR_LIMIT) {
      out.push({ id: "spf.lookups_near_limit", severity: "warning", message: m.lookupsNear(lookups.after, lookups.exact) });
    }
    if (!lookups.exact) {
      const unknown = lookups.perTerm.filter((t) => !t.exact).map((t) => t.term);
      out.push({ id: "spf.lookups_inexact", severity: "info", message: m.lookupsInexact(unknown) });
    }
    return out;
  },

  length(value: string): FixWarning[] {
    const bytes = new TextEncoder().encode(value).length;
    return bytes >= LONG_RECORD_BYTES ? [{ id: "spf.record_long", severity: "warning", message: m.recordLong(bytes) }] : [];
  },
};
