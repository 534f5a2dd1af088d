import type { LocalizedText } from "@/lib/findings/types";
import type { DnsProvider } from "@/lib/fix/dns-provider-types";
import { resolveProvider } from "@/lib/fix/dns-providers";
import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
import { isServerHost, profileWarnings } from "@/lib/fix/profile-terms";
import { makeRecord } from "@/lib/fix/record-format";
import { buildNewRecord } from "@/lib/fix/spf-new-record";
import { spfFixWarnings } from "@/lib/fix/spf-fix-warnings";
import { countRecordLookups, countResultLookups, type FixLookups } from "@/lib/fix/spf-lookups";
import { mergeSpfTerms, type AllChoice, type EnsureTerm, type RemovalReason } from "@/lib/fix/spf-merge";
import { removalMessage, spfFixMessages } from "@/lib/fix/spf-fix-messages";
import { parseOneTerm, termKey, termTarget, withoutPlus } from "@/lib/fix/spf-terms";
import type { FixRecord, FixWarning } from "@/lib/fix/types";
import type { SpfAnalysis } from "@/lib/spf/analyze-types";
import { normalizeDomain } from "@/lib/spf/domain-name";
import { isSpfRecordText } from "@/lib/spf/parse";

export type { AllChoice, RemovalReason } from "@/lib/fix/spf-merge";
export type { FixLookups, TermLookups } from "@/lib/fix/spf-lookups";

/** The live SPF state: a full analysis of the domain, or just its SPF records (strings of one TXT record may be given apart). */
export type SpfFixSource = SpfAnalysis | { records: readonly (string | readonly string[])[] };

export interface PlanSpfFixInput {
  domain: string;
  analysis: SpfFixSource;
  /** Terms that must authorize something, e.g. ["a:www1234.sakura.ne.jp"] (see `spfTermForHost`). */
  authorize: readonly string[];
  /**
   * Ensure a bare `mx`. Default: only in a new record, where the profile's recommended record
   * decides; `false` leaves `mx` out of a new record too.
   */
  includeMx?: boolean;
  profile: HostingProfile;
  /** The provider whose panel the record is written for (default: generic). */
  provider?: DnsProvider | string;
  /** The zone the domain's records are entered in (default: its registered domain). */
  zone?: string;
  /** For a +all/?all: keep it, or take the recommended ~all. Default: recommended for +all, keep for ?all. */
  allChoice?: AllChoice;
  /** Other (non-SPF) TXT values at the domain, for one-record-set-per-name panels. */
  otherTxt?: readonly string[];
  ttl?: number;
}

export interface RemovedTerm {
  term: string;
  reason: RemovalReason;
  /** Index, in the records given, of the record it was in. */
  record: number;
  replacedBy?: string;
  message: LocalizedText;
}

export interface AllOption {
  choice: AllChoice;
  all: string;
  /** The whole record with this choice. */
  value: string;
}

export interface SpfFixPlan {
  kind: "add" | "merge" | "update" | "none";
  domain: string;
  summary: LocalizedText;
  /** The one SPF record to publish (for `none`, the current one). */
  record: FixRecord;
  /** The existing record to edit into `record.value` (update/merge), exact text; null for add/none. */
  replaces: string | null;
  /** Other existing SPF records to delete (merge), exact text. */
  deleteRecords: string[];
  keptTerms: string[];
  addedTerms: string[];
  removedTerms: RemovedTerm[];
  /** The `all` term of the result, or null when the record ends in redirect=. */
  all: string | null;
  /** Both choices when the current record ends in +all/?all. */
  allOptions: AllOption[] | null;
  lookups: FixLookups;
  warnings: FixWarning[];
}

function joinRecords(source: SpfFixSource): string[] {
  const texts = source.records.map((r) => (typeof r === "string" ? r : r.join("")));
  return texts.filter(isSpfRecordText);
}

function ensureTerms(input: PlanSpfFixInput, domain: string, warnings: FixWarning[]): EnsureTerm[] {
  const out: EnsureTerm[] = [];
  const wanted = [...input.authorize, ...(input.includeMx ? ["mx"] : [])];
  for (const text of wanted) {
    const term = parseOneTerm(withoutPlus(text.trim()));
    if (!term || term.kind !== "mechanism" || term.name === "all") {
      warnings.push({ id: "spf.invalid_authorize", severity: "warning", message: spfFixMessages.invalidAuthorize(text), term: text });
      continue;
    }
    const key = termKey(term, domain);
    if (out.some((e) => e.key === key)) continue;
    const target = termTarget(term, domain);
    out.push({ text: term.text, term, key, host: target !== null && isServerHost(input.profile, target) });
  }
  return out;
}

function recommendedAll(profile: HostingProfile): string {
  const all = profile.spf.recommendedRecord.split(" ").find((t) => /^[-~+?]?all$/i.test(t));
  return all ?? "~all";
}

/**
 * The one SPF record a domain should publish so that the given terms authorize its servers,
 * built from what is live: keeps every valid existing term in its order, adds what is missing
 * right before `all` (or before redirect=), merges several records into one (RFC 7208 §3.2),
 * drops only terms that break or duplicate the record, and re-counts its DNS lookups (§4.6.4).
 * A server host is always authorized by name (`a:`), never flattened to its address. Pure.
 */
export function planSpfFix(input: PlanSpfFixInput): SpfFixPlan {
  const domain = normalizeDomain(input.domain);
  const provider = resolveProvider(input.provider);
  const records = joinRecords(input.analysis);
  const analysis = "tree" in input.analysis ? input.analysis : null;
  const warnings: FixWarning[] = [];
  const ensure = ensureTerms(input, domain, warnings);
  const all = recommendedAll(input.profile);
  const shape = (value: string) =>
    makeRecord({ name: domain, type: "TXT", rawValue: value, zone: input.zone, ttl: input.ttl, otherValues: input.otherTxt }, provider);

  if (records.length === 0) {
    // A failed lookup also gives no records: the domain may well have one already.
    if (analysis && (analysis.tree === null || analysis.tree.status === "dns_error" || analysis.tree.status === "truncated")) {
      warnings.push({ id: "spf.current_unknown", severity: "warning", message: spfFixMessages.currentUnknown(domain) });
    }
    const built = buildNewRecord({ domain, ensure, profile: input.profile, includeMx: input.includeMx, recommendedAll: all });
    const counted = countResultLookups(built.items, null, false);
    const lookups: FixLookups = { before: 0, ...counted };
    return {
      kind: "add",
      domain,
      summary: spfFixMessages.summaryAdd(domain),
      record: shape(built.text),
      replaces: null,
      deleteRecords: [],
      keptTerms: [],
      addedTerms: built.items.map((i) => i.text),
      removedTerms: [],
      all: built.items.find((i) => i.term.kind === "mechanism" && i.term.name === "all")?.text ?? null,
      allOptions: null,
      lookups,
      warnings: [...warnings, ...spfFixWarnings.lookups(lookups), ...spfFixWarnings.length(built.text), ...profileWarnings(input.profile, "spf", provider.id)],
    };
  }

  const tree = analysis && records.length === 1 && analysis.tree?.record === records[0] ? analysis.tree : null;
  const truncated = analysis?.findings.some((f) => f.code === "spf.analysis_truncated") ?? false;
  const merge = (allChoice?: AllChoice) => mergeSpfTerms({ domain, records, ensure, profile: input.profile, recommendedAll: all, allChoice });
  const outcome = merge(input.allChoice);
  const text = ["v=spf1", ...outcome.items.map((i) => i.text)].join(" ");

  const original = records.length === 1 ? (records[0] as string) : null;
  const unchanged = original !== null && outcome.added.length === 0 && outcome.removed.length === 0 && !outcome.allMoved;
  const kind: SpfFixPlan["kind"] = records.length > 1 ? "merge" : unchanged ? "none" : "update";
  const value = kind === "none" ? (original as string) : text;
  const replaces = kind === "merge" ? (records.find((r) => r === text) ?? (records[0] as string)) : kind === "update" ? original : null;
  // Every record but the one edited (the same text may come twice, split differently into strings).
  const deleteRecords = kind === "merge" ? records.filter((_, i) => i !== records.indexOf(replaces as string)) : [];

  const before = tree && analysis && !truncated ? analysis.lookups.count : original !== null ? countRecordLookups(original) : null;
  const lookups: FixLookups = { before, ...countResultLookups(outcome.items, tree, truncated) };

  const allOptions: AllOption[] | null =
    outcome.permissiveAll === null
      ? null
      : (["keep", "recommended"] as const).map((choice) => {
          const variant = choice === outcome.allChoice ? outcome : merge(choice);
          return { choice, all: variant.all ?? "", value: ["v=spf1", ...variant.items.map((i) => i.text)].join(" ") };
        });

  const explanation = input.profile.initialDomain?.explanation ?? null;
  return {
    kind,
    domain,
    summary:
      kind === "merge"
        ? spfFixMessages.summaryMerge(domain, records.length)
        : kind === "update"
          ? spfFixMessages.summaryUpdate(domain)
          : spfFixMessages.summaryNone(domain),
    record: shape(value),
    replaces,
    deleteRecords,
    keptTerms: outcome.items.filter((i) => !outcome.added.includes(i.text)).map((i) => i.text),
    addedTerms: outcome.added,
    removedTerms: outcome.removed.map((r) => ({
      term: r.term,
      reason: r.reason,
      record: r.record,
      ...(r.replacedBy ? { replacedBy: r.replacedBy } : {}),
      message: removalMessage(r, explanation),
    })),
    all: outcome.all,
    allOptions,
    lookups,
    warnings: [
      ...warnings,
      ...spfFixWarnings.outcome({ kind, outcome, provider, deleteRecords, profile: input.profile, singleRecord: records.length === 1 }),
      ...spfFixWarnings.lookups(lookups),
      ...spfFixWarnings.length(value),
      ...(kind === "none" ? [] : profileWarnings(input.profile, "spf", provider.id)),
    ],
  };
}
