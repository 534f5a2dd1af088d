import type { LocalizedText } from "@/lib/findings/types";
import type { DnsProvider } from "@/lib/fix/dns-provider-types";
import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
import { isInitialDomain, spfTermForHost } from "@/lib/fix/profile-terms";
import { planSpfFix, type SpfFixPlan } from "@/lib/fix/spf-fix";
import type { SpfTreeNode } from "@/lib/spf";
import { ACTION_IDS, type ActionId } from "@/lib/wizard/actions";
import { deletionRecord, openPanelStep, SAVE_AND_RECHECK, toActionRecord } from "@/lib/wizard/action-records";
import { spfActionText as t } from "@/lib/wizard/spf-action-text";
import type { DiagnosisAction, SpfCheck } from "@/lib/wizard/types";
import type { Scenario } from "@/lib/wizard/scenarios";

export interface SpfActionContext {
  scenario: Scenario;
  domain: string;
  spf: SpfCheck;
  serverHost: string | null;
  profile: HostingProfile;
  provider: DnsProvider;
  /** The zone the domain's records are entered in (from its NS lookup), when known. */
  zone?: string;
}

function action(id: ActionId, parts: Omit<DiagnosisAction, "id" | "severity"> & { severity?: DiagnosisAction["severity"] }): DiagnosisAction {
  const { severity, ...rest } = parts;
  return { id, severity: severity ?? ACTION_IDS[id].severity, ...rest };
}

/** Which action an edit of the record is, by what the edit does; the first reason wins. */
function updateActionId(plan: SpfFixPlan, scenario: Scenario, term: string | null): ActionId {
  if (plan.removedTerms.some((r) => r.reason === "syntax")) return "spf.fix_syntax";
  const authorizes = (term !== null && plan.addedTerms.includes(term)) || plan.removedTerms.some((r) => r.reason === "initial_domain");
  if (authorizes || plan.removedTerms.some((r) => r.reason === "weak_qualifier")) return scenario === "list" ? "list.authorize_server" : "spf.authorize_server";
  if (plan.removedTerms.some((r) => r.reason === "all_replaced")) return "spf.tighten_all";
  // What is left are repairs: duplicates, a second all, terms after all.
  return "spf.fix_syntax";
}

/** The includes and terms that cost the most lookups, heaviest first (for "reduce lookups"). */
function heaviestTerms(tree: SpfTreeNode | null): { term: string; lookups: number }[] {
  if (!tree) return [];
  return tree.terms
    .filter((term) => term.reachable && term.lookups > 0)
    .map((term) => ({ term: term.text, lookups: term.lookups + (term.child?.lookups ?? 0) }))
    .sort((a, b) => b.lookups - a.lookups)
    .slice(0, 5);
}

function recordChangeSteps(plan: SpfFixPlan, provider: DnsProvider): LocalizedText[] {
  const steps = [openPanelStep(provider)];
  if (plan.kind === "add") steps.push(t.stepAdd);
  else if (plan.kind === "merge") steps.push(t.stepMerge(plan.deleteRecords.length));
  else steps.push(t.stepEdit);
  steps.push(...plan.removedTerms.map((removed) => removed.message));
  steps.push(SAVE_AND_RECHECK);
  return steps;
}

/**
 * The SPF actions for the domain: the one record to publish (added, edited or merged, from
 * `planSpfFix`), or — when the server's host name is still unknown — what to find first; plus
 * "reduce lookups" when the record needs more than ten (RFC 7208 §4.6.4).
 */
export function spfActions(ctx: SpfActionContext): DiagnosisAction[] {
  const { spf, domain, profile, provider, scenario } = ctx;
  const actions: DiagnosisAction[] = [];
  const term = ctx.serverHost ? spfTermForHost(profile, ctx.serverHost) : null;
  const dnsTrouble = spf.records.length === 0 && spf.findings.some((f) => f.code === "spf.dns_error");
  if (dnsTrouble) return actions;

  // A pass decided by "+all" (here or in an include) authorizes everyone, not the server.
  const deciding = spf.check?.decidingTerm;
  const authorized = spf.result === "pass" && deciding?.mechanism !== "all" && deciding?.via?.mechanism !== "all";
  if (!term && !authorized) {
    // Without the host name the exact record cannot be written: say where to find it.
    const id: ActionId = spf.records.length === 0 ? "spf.add_record" : scenario === "list" ? "list.authorize_server" : "spf.authorize_server";
    actions.push(
      action(id, {
        title: spf.records.length === 0 ? t.titleAdd : t.titleAuthorize,
        summary: spf.records.length === 0 ? t.summaryNoRecordNoHost(domain) : t.summaryNeedHost(domain),
        steps: [t.findHost(profile.serverHost.where)],
        records: [],
        warnings: [],
        links: [],
        needs: "serverHost",
      }),
    );
  }

  // An already authorized server is not added again (its address may be listed another way).
  const plan = planSpfFix({ domain, analysis: spf, authorize: term && !authorized ? [term] : [], profile, provider, zone: ctx.zone });
  const mustEdit = plan.kind !== "none" && (plan.kind !== "add" || term !== null);
  if (mustEdit) {
    const id: ActionId = plan.kind === "add" ? "spf.add_record" : plan.kind === "merge" ? "spf.merge_records" : updateActionId(plan, scenario, term);
    const title = { "spf.add_record": t.titleAdd, "spf.merge_records": t.titleMerge, "spf.fix_syntax": t.titleSyntax, "spf.tighten_all": t.titleTighten }[id as string] ?? t.titleAuthorize;
    const hostNote = ctx.serverHost && isInitialDomain(profile, ctx.serverHost) && profile.initialDomain ? [profile.initialDomain.explanation] : [];
    actions.push(
      action(id, {
        severity: id === "spf.tighten_all" ? "warning" : undefined,
        title,
        summary: plan.summary,
        steps: [...hostNote, ...recordChangeSteps(plan, provider)],
        records: [
          toActionRecord(plan.record, provider, "set"),
          ...plan.deleteRecords.map((text) => deletionRecord(domain, text, provider, ctx.zone)),
        ],
        warnings: plan.warnings,
        links: profile.helpLinks.filter((link) => link.id === "spf-setting").map(({ title: linkTitle, url }) => ({ title: linkTitle, url })),
      }),
    );
  }

  if (spf.lookups.count > spf.lookups.limit || spf.findings.some((f) => f.code === "spf.void_limit")) {
    actions.push(
      action("spf.reduce_lookups", {
        title: t.titleReduce,
        summary: t.summaryReduce(spf.lookups.count, spf.lookups.limit),
        steps: [t.reduceWhy, t.reduceHeaviest(heaviestTerms(spf.tree)), t.reduceHow],
        records: [],
        warnings: [],
        links: [],
      }),
    );
  }
  return actions;
}
