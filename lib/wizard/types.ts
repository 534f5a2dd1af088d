import type { BounceAnalysis } from "@/lib/bounce";
import type { DkimCheck, DmarcCheck, MxCheck, NsCheck, PropagationResult, PtrCheck } from "@/lib/checks";
import type { CheckResult, CheckStatus } from "@/lib/checks/types";
import type { Finding } from "@/lib/findings/finding";
import type { LocalizedText, Severity } from "@/lib/findings/types";
import type { DnsProviderId } from "@/lib/fix/dns-provider-types";
import type { PanelRow } from "@/lib/fix/record-format";
import type { FixRecord, FixWarning, HelpLink } from "@/lib/fix/types";
import type { SpfAnalysis } from "@/lib/spf";
import type { ActionId } from "@/lib/wizard/actions";
import type { Scenario } from "@/lib/wizard/scenarios";
import type { ListMemberAnswer } from "@/lib/wizard/tree";

/** The checks a diagnosis runs, in the order the results show them. */
export const CHECK_NAMES = ["spf", "dmarc", "dkim", "ptr", "mx", "ns"] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** The SPF check as a diagnosis reports it: the analyzer's answer plus a check status. */
export interface SpfCheck extends CheckResult, Omit<SpfAnalysis, "findings"> {
  /** The IP `result` was evaluated for, and where it came from. */
  ip: string | null;
}

export interface DiagnosisChecks {
  spf: SpfCheck;
  dmarc: DmarcCheck;
  dkim: DkimCheck;
  ptr: PtrCheck;
  mx: MxCheck;
  ns: NsCheck;
}

/** Where a value the customer did not type came from. */
export type ValueSource = "input" | "bounce" | "ptr" | "server_host";

export interface ResolvedValue {
  value: string | null;
  source: ValueSource | null;
}

/** A record in an action, with the panel rows already written in both languages. */
export interface ActionRecord extends FixRecord {
  /** `set`: add or edit to this value; `delete`: remove this existing record. */
  role: "set" | "delete";
  panel: { ja: PanelRow[]; en: PanelRow[] };
}

export interface DiagnosisAction {
  id: ActionId;
  severity: Severity;
  title: LocalizedText;
  /** One line saying why this action is here. */
  summary: LocalizedText;
  steps: LocalizedText[];
  records: ActionRecord[];
  /** Records whose value only the host's panel can give (a DKIM key): their name and panel rows, value left to the customer. */
  templates?: { name: string; panel: { ja: PanelRow[]; en: PanelRow[] } }[];
  warnings: FixWarning[];
  links: HelpLink[];
  /** An answer the action needs before it can give the exact record. */
  needs?: "serverHost";
}

/** What the bounce told us, without the mail itself (which is never kept). */
export type BounceFacts = Omit<BounceAnalysis, "recipients"> & { recipientCount: number };

export interface DiagnosisInput {
  scenario: Scenario;
  domain: string;
  originalDomain: string | null;
  listDomain: string | null;
  listMember: ListMemberAnswer | null;
  serverHost: string | null;
  ip: string | null;
  dkimSelector: string | null;
  provider: string | null;
}

export interface Diagnosis {
  /** Shape version, for stored snapshots. */
  version: 1;
  checkedAt: string;
  scenario: Scenario;
  /** The domain whose DNS is checked and fixed (the list's own domain on the list path). */
  domain: string;
  input: DiagnosisInput;
  bounce: BounceFacts | null;
  serverHost: ResolvedValue;
  ip: ResolvedValue;
  provider: {
    id: DnsProviderId;
    name: LocalizedText;
    /** How it was found: from NS, or chosen by the customer. */
    source: "detected" | "chosen" | "unknown";
    nameservers: string[];
    note: LocalizedText | null;
    editable: "yes" | "limited";
  };
  checks: DiagnosisChecks;
  /** The original sender's SPF for the forwarding server (forward path with a known original domain). */
  originalSpf: SpfCheck | null;
  actions: DiagnosisAction[];
  verdict: { status: "ok" | "action_needed" | "incomplete"; text: LocalizedText };
  /** True when a check could not finish (DNS timeout or failure): retry later. */
  partial: boolean;
  /** "Is my change live?" for each record the customer was asked to set, when asked for. */
  propagation: PropagationResult[] | null;
  /** Findings of every check, most severe first, for summaries. */
  findings: Finding[];
}

export type ProgressEvent =
  | { type: "check"; check: CheckName; state: "running" }
  | { type: "check"; check: CheckName; state: "done"; status: CheckStatus }
  | { type: "stage"; stage: "bounce" | "inputs" | "propagation" | "actions" };
