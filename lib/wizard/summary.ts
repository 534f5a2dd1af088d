import { BOUNCE_CATEGORIES } from "@/lib/bounce/categories";
import type { Finding } from "@/lib/findings/finding";
import type { PanelRow } from "@/lib/fix/record-format";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages, type ResultsMessages } from "@/lib/i18n/messages/results";
import { maskEmail, maskEmails } from "@/lib/privacy/mask-email";
import { CHECK_NAMES, type Diagnosis, type ResolvedValue, type SpfCheck } from "@/lib/wizard/types";

/**
 * The plain-text summary a customer pastes into a message to support: inputs, what the error
 * mail said (never the mail itself), each check with its findings, and the actions with their
 * records as `field: value`. Recipient addresses are masked (`h***@gmail.com`). Pure.
 */

const STATUS_ICON = { ok: "✓", warning: "!", error: "✕", unknown: "?", skipped: "–" } as const;
const INDENT = "  ";

function field(m: ResultsMessages, label: string, value: string): string {
  return `${label}${m.common.colon}${value}`;
}

function resolved(m: ResultsMessages, label: string, value: ResolvedValue): string {
  if (!value.value) return field(m, label, m.input.unknown);
  return field(m, label, value.source ? `${value.value}${m.provider.how(m.input.source[value.source])}` : value.value);
}

function findingLines(m: ResultsMessages, findings: Finding[], locale: Locale, indent: string): string[] {
  return findings.map((f) => `${indent}- [${m.findingSeverity[f.severity]}] ${f.message[locale]}`);
}

function spfLines(m: ResultsMessages, spf: SpfCheck): string[] {
  const lines = spf.records.length === 0 ? [m.spf.noRecord] : [`${m.spf.records}${m.common.colon}`, ...spf.records.map((r) => INDENT + r)];
  lines.push(spf.ip ? field(m, m.spf.result(spf.ip), spf.result ? m.spf.resultLabel[spf.result] : m.common.missing) : m.spf.noIp);
  const over = spf.lookups.count > spf.lookups.limit ? ` [${m.spf.overLimit}]` : "";
  lines.push(field(m, m.spf.lookups, m.spf.lookupsValue(spf.lookups.count, spf.lookups.limit)) + over);
  lines.push(field(m, m.spf.voids, m.spf.voidsValue(spf.lookups.void, spf.lookups.voidLimit)));
  const at = spf.lookups.limitExceededAt;
  if (at) lines.push(m.spf.exceededAt(at.index, at.term, at.domain));
  return lines;
}

function checkLines(m: ResultsMessages, d: Diagnosis, locale: Locale): string[] {
  const { spf, dmarc, dkim, ptr, mx, ns } = d.checks;
  const details: Record<(typeof CHECK_NAMES)[number], string[]> = {
    spf: spfLines(m, spf),
    dmarc: [
      ...(dmarc.records.length === 0 ? [m.dmarc.noRecord] : [`${m.dmarc.record}${m.common.colon}`, ...dmarc.records.map((r) => INDENT + r)]),
      ...(dmarc.effectivePolicy ? [field(m, m.dmarc.policy, m.dmarc.policyLabel[dmarc.effectivePolicy])] : []),
    ],
    dkim:
      dkim.selectors.length === 0
        ? [m.dkim.noSelector]
        : dkim.selectors.map((s) => `${s.name} [${m.checkStatus[s.status]}] ${s.keyType ? m.dkim.key(s.keyType, s.bits) : m.dkim.noKey}`),
    ptr: ptr.ip ? [field(m, m.ptr.ip, ptr.ip), field(m, m.ptr.names, ptr.names.join(", ") || m.details.none)] : [m.ptr.skipped],
    mx: mx.nullMx ? [m.mx.nullMx] : [...(mx.implicit ? [m.mx.implicit] : []), ...mx.hosts.map((h) => m.mx.host(h.preference, h.exchange))],
    ns: [ns.zone ? m.ns.zone(ns.zone) : m.ns.noZone, ...ns.nameservers.map((s) => s.name)],
  };
  const lines: string[] = [];
  for (const name of CHECK_NAMES) {
    const check = d.checks[name];
    lines.push(`[${STATUS_ICON[check.status]} ${m.checkStatus[check.status]}] ${m.details.check[name]}`);
    lines.push(...details[name].map((line) => INDENT + line));
    lines.push(...findingLines(m, check.findings, locale, INDENT));
  }
  if (d.originalSpf) {
    lines.push(`[${STATUS_ICON[d.originalSpf.status]} ${m.checkStatus[d.originalSpf.status]}] ${m.spf.original(d.originalSpf.domain)}`);
    lines.push(...spfLines(m, d.originalSpf).map((line) => INDENT + line));
    lines.push(...findingLines(m, d.originalSpf.findings, locale, INDENT));
  }
  return lines;
}

function rowLines(m: ResultsMessages, rows: PanelRow[], indent: string, template = false): string[] {
  return rows.map((row) => indent + field(m, row.label, row.value === "" ? (template ? m.actions.templateValue : m.actions.blank) : row.value));
}

function actionLines(m: ResultsMessages, d: Diagnosis, locale: Locale): string[] {
  if (d.actions.length === 0) return [m.actions.none];
  const lines: string[] = [];
  d.actions.forEach((action, i) => {
    lines.push(`${i + 1}. [${m.actionSeverity[action.severity]}] ${action.title[locale]}`);
    lines.push(INDENT + action.summary[locale]);
    if (action.needs === "serverHost") lines.push(INDENT + m.supportText.needsServerHost);
    for (const record of action.records) {
      lines.push(`${INDENT}${record.role === "delete" ? m.supportText.deleteRecord : m.supportText.record} (${record.name}):`);
      lines.push(...rowLines(m, record.panel[locale], INDENT + INDENT));
    }
    for (const template of action.templates ?? []) {
      lines.push(`${INDENT}${m.supportText.templateRecord} (${template.name}):`);
      lines.push(...rowLines(m, template.panel[locale], INDENT + INDENT, true));
    }
    for (const warning of action.warnings) lines.push(`${INDENT}- [${m.findingSeverity[warning.severity]}] ${warning.message[locale]}`);
  });
  return lines;
}

function bounceLines(m: ResultsMessages, d: Diagnosis, locale: Locale): string[] {
  const b = d.bounce;
  if (!b) return [];
  const code = [b.replyCode, b.status].filter(Boolean).join(" ");
  const lines = [field(m, m.bounce.category, BOUNCE_CATEGORIES[b.category].title[locale])];
  if (code) lines.push(field(m, m.bounce.status, code));
  if (b.domain) lines.push(field(m, m.bounce.domain, b.domain));
  if (b.ip) lines.push(field(m, m.bounce.ip, b.ip));
  if (b.recipient) lines.push(field(m, m.supportText.recipient, maskEmail(b.recipient)));
  if (b.recipientCount > 1) lines.push(m.bounce.recipients(b.recipientCount));
  if (b.temporary) lines.push(m.bounce.temporary);
  return ["", `■ ${m.supportText.bounce}`, ...lines.map(maskEmails)];
}

export function buildSupportSummary(d: Diagnosis, locale: Locale): string {
  const m = resultsMessages[locale];
  const provider = d.provider;
  const how = provider.source === "chosen" ? m.provider.chosen : provider.source === "detected" ? m.provider.detected(provider.nameservers.join(", ")) : m.provider.undetected;
  const inputs = [
    field(m, m.input.domain, d.domain),
    field(m, m.input.scenario, m.input.scenarioLabel[d.scenario]),
    ...(d.input.originalDomain ? [field(m, m.input.originalDomain, d.input.originalDomain)] : []),
    ...(d.input.listDomain ? [field(m, m.input.listDomain, d.input.listDomain)] : []),
    resolved(m, m.input.serverHost, d.serverHost),
    resolved(m, m.input.ip, d.ip),
    field(m, m.input.provider, `${provider.name[locale]}${m.provider.how(how)}`),
  ];
  const propagation = (d.propagation ?? []).flatMap((p) => [
    `- ${m.propagation.record(p.name, p.type)}${m.common.colon}${m.propagation.state[p.state]}${p.waitMinutes ? ` (${m.propagation.wait(p.waitMinutes)})` : ""}`,
    INDENT + p.message[locale],
  ]);
  const lines = [
    m.supportText.title,
    field(m, m.supportText.checkedAt, d.checkedAt),
    field(m, m.supportText.verdict, d.verdict.text[locale]),
    ...(d.partial ? [m.supportText.partial] : []),
    "",
    `■ ${m.input.heading}`,
    ...inputs,
    ...bounceLines(m, d, locale),
    ...(propagation.length > 0 ? ["", `■ ${m.supportText.propagation}`, ...propagation] : []),
    "",
    `■ ${m.supportText.checks}`,
    ...checkLines(m, d, locale),
    "",
    `■ ${m.supportText.actions}`,
    ...actionLines(m, d, locale),
  ];
  let text = lines.join("\n");
  // A recipient address the checks happened to repeat is masked wherever it appears.
  for (const address of [d.bounce?.recipient, d.bounce?.originalRecipient]) {
    if (address) text = text.split(address).join(maskEmail(address));
  }
  return `${text}\n`;
}
