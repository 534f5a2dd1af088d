import { addressFromField, normalizeDomain } from "@/lib/bounce/addresses";
import { isBlank, isContinuation, toLines } from "@/lib/bounce/text-lines";
import type { DsnAction } from "@/lib/bounce/types";

/**
 * The fields of an RFC 3464 delivery status notification (`message/delivery-status`), read line
 * by line so that the same code also reads a report pasted as plain text or embedded in a
 * plain-text notice. Unknown fields are ignored (RFC 3464 §2.1 allows extension fields).
 */

export interface DsnMessageFields {
  reportingMta: string | null;
  arrivalDate: string | null;
  /** Postfix's `X-Postfix-Sender`: the envelope sender of the returned message. */
  sender: string | null;
}

export interface DsnRecipientFields {
  finalRecipient: string | null;
  originalRecipient: string | null;
  /** Sendmail's `X-Actual-Recipient`: where an alias finally pointed. */
  actualRecipient: string | null;
  action: DsnAction | null;
  status: string | null;
  remoteMta: string | null;
  /** The Diagnostic-Code text without its type (`smtp;`), continuation lines joined. */
  diagnostic: string | null;
  diagnosticType: string | null;
}

export interface DsnReport {
  message: DsnMessageFields;
  recipients: DsnRecipientFields[];
}

const MESSAGE_FIELDS = new Set(["reporting-mta", "arrival-date", "x-postfix-sender", "received-from-mta", "original-envelope-id", "dsn-gateway"]);
const RECIPIENT_FIELDS = new Set([
  "final-recipient",
  "original-recipient",
  "x-actual-recipient",
  "action",
  "status",
  "remote-mta",
  "diagnostic-code",
  "last-attempt-date",
  "will-retry-until",
  "final-log-id",
]);
const FIELD = /^([A-Za-z][A-Za-z0-9-]{1,40})[ \t]*:[ \t]*(.*)$/;
const ACTIONS = new Set<DsnAction>(["failed", "delayed", "delivered", "relayed", "expanded"]);
const STATUS = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])/;

export function emptyRecipientFields(): DsnRecipientFields {
  return {
    finalRecipient: null,
    originalRecipient: null,
    actualRecipient: null,
    action: null,
    status: null,
    remoteMta: null,
    diagnostic: null,
    diagnosticType: null,
  };
}

/** RFC 3463 §2 status code found in a value, e.g. `5.7.26` from `5.7.26 (permanent failure)`. */
export function findStatus(value: string): string | null {
  const match = STATUS.exec(value.slice(0, 2_000));
  return match ? `${match[1]}.${Number(match[2])}.${Number(match[3])}` : null;
}

/** `dns; mx.example.jp (192.0.2.1, the server for ...)` → `mx.example.jp`. */
export function mtaName(value: string): string | null {
  const semicolon = value.indexOf(";");
  const raw = (semicolon >= 0 ? value.slice(semicolon + 1) : value).trim();
  const first = raw.split(/[\s(]/, 1)[0] ?? "";
  const cleaned = first.replace(/^\[|\]$/g, "").replace(/\.$/, "");
  return normalizeDomain(cleaned) ?? (/^[0-9A-Fa-f:.]{2,45}$/.test(cleaned) ? cleaned : null);
}

export function parseDsnFields(text: string): DsnReport {
  const message: DsnMessageFields = { reportingMta: null, arrivalDate: null, sender: null };
  const recipients: DsnRecipientFields[] = [];
  let group: DsnRecipientFields | null = null;
  let last: { name: string; target: DsnRecipientFields | null } | null = null;

  const startGroup = (): DsnRecipientFields => {
    const fresh = emptyRecipientFields();
    recipients.push(fresh);
    return fresh;
  };

  for (const line of toLines(text)) {
    if (isBlank(line)) {
      // RFC 3464 §2.1: per-recipient groups are separated by blank lines.
      if (group && hasRecipientData(group)) group = null;
      last = null;
      continue;
    }
    if (last && isContinuation(line)) {
      if (last.name === "diagnostic-code" && last.target?.diagnostic != null && last.target.diagnostic.length < 4_000) {
        last.target.diagnostic = `${last.target.diagnostic}\n${line.trim()}`;
      }
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) {
      last = null;
      continue;
    }
    const name = (match[1] ?? "").toLowerCase();
    const value = (match[2] ?? "").trim();
    if (MESSAGE_FIELDS.has(name)) {
      setMessageField(message, name, value);
      last = { name, target: null };
      continue;
    }
    if (!RECIPIENT_FIELDS.has(name)) {
      last = null;
      continue;
    }
    if (!group || startsNewRecipient(group, name)) {
      if (recipients.length >= 200) break;
      group = startGroup();
    }
    setRecipientField(group, name, value);
    last = { name, target: group };
  }
  return { message, recipients: recipients.filter(hasRecipientData) };
}

function startsNewRecipient(group: DsnRecipientFields, name: string): boolean {
  // A repeated field means the next recipient began without a blank line (pasted reports).
  if (name === "final-recipient") return group.finalRecipient !== null;
  if (name === "original-recipient") return group.originalRecipient !== null;
  if (name === "status") return group.status !== null;
  if (name === "action") return group.action !== null;
  if (name === "diagnostic-code") return group.diagnostic !== null;
  return false;
}

function hasRecipientData(group: DsnRecipientFields): boolean {
  return Boolean(group.finalRecipient || group.originalRecipient || group.status || group.action || group.diagnostic);
}

function setMessageField(message: DsnMessageFields, name: string, value: string): void {
  if (name === "reporting-mta") message.reportingMta ??= mtaName(value);
  else if (name === "arrival-date") message.arrivalDate ??= value.slice(0, 100) || null;
  else if (name === "x-postfix-sender") message.sender ??= addressFromField(value);
}

function setRecipientField(group: DsnRecipientFields, name: string, value: string): void {
  switch (name) {
    case "final-recipient":
      group.finalRecipient = addressFromField(value);
      break;
    case "original-recipient":
      group.originalRecipient = addressFromField(value);
      break;
    case "x-actual-recipient":
      group.actualRecipient = addressFromField(value);
      break;
    case "action": {
      const action = value.toLowerCase().split(/[\s(]/, 1)[0] as DsnAction;
      group.action = ACTIONS.has(action) ? action : null;
      break;
    }
    case "status":
      group.status = findStatus(value);
      break;
    case "remote-mta":
      group.remoteMta = mtaName(value);
      break;
    case "diagnostic-code": {
      // RFC 3464 §2.3.6: diagnostic-type ";" *text
      const semicolon = value.indexOf(";");
      const type = semicolon >= 0 ? value.slice(0, semicolon).trim().toLowerCase() : "";
      group.diagnosticType = /^[a-z0-9-]{1,20}$/.test(type) ? type : null;
      group.diagnostic = (group.diagnosticType ? value.slice(semicolon + 1) : value).trim();
      break;
    }
    default:
      break;
  }
}
