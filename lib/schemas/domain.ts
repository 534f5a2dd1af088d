import { z } from "zod";
import type { SchemaMessageKey } from "@/lib/schemas/messages";

/**
 * Reading what customers type into a domain field. They paste e-mail addresses, URLs, names with
 * a trailing dot or in Japanese; all of those mean a domain. Runs in the browser and on the
 * server (WHATWG URL does the IDNA mapping in both), so the form and the API agree.
 */

export type DomainReading = { ok: true; domain: string } | { ok: false; error: SchemaMessageKey };

const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const IPV4ISH = /^[0-9.]+$/;

function stripDecoration(raw: string): string {
  let text = raw.trim().replace(/^["'<(「【]+|["'>)」】]+$/gu, "").trim();
  text = text.replace(/^mailto:/i, "");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      return new URL(text).hostname;
    } catch {
      return text;
    }
  }
  const at = text.lastIndexOf("@");
  if (at >= 0) text = text.slice(at + 1);
  // "example.jp/contact" or "example.jp:443": keep the host part.
  text = text.split(/[/?#]/, 1)[0] ?? "";
  if (!text.startsWith("[")) text = text.replace(/:\d+$/, "");
  // Full-width dots and letters typed with a Japanese IME.
  return text.normalize("NFKC").replace(/[。．｡]/g, ".");
}

function toAscii(name: string): string | null {
  if (/^[\x21-\x7e]*$/.test(name)) return name.toLowerCase();
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
}

/** A domain from whatever the customer typed, or the reason it is not one. */
export function readDomain(raw: string): DomainReading {
  const stripped = stripDecoration(raw).replace(/\.+$/, "");
  if (stripped === "") return { ok: false, error: "domain.required" };
  if (stripped.startsWith("[") || stripped.includes(":") || IPV4ISH.test(stripped)) return { ok: false, error: "domain.ip" };
  const ascii = toAscii(stripped);
  if (ascii === null) return { ok: false, error: "domain.invalid" };
  const labels = ascii.split(".");
  if (ascii.length > 253 || labels.some((label) => label.length > 63)) return { ok: false, error: "domain.too_long" };
  if (!labels.every((label) => LDH_LABEL.test(label))) return { ok: false, error: "domain.invalid" };
  if (labels.length < 2) return { ok: false, error: "domain.single_label" };
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? "")) return { ok: false, error: "domain.invalid" };
  return { ok: true, domain: ascii };
}

/** A domain field: accepts e-mail addresses, URLs, IDN, upper case and a trailing dot; yields the A-label form. */
export const domainSchema = z
  .string({ error: "domain.required" satisfies SchemaMessageKey })
  .max(2048, { error: "field.too_long" satisfies SchemaMessageKey })
  .transform((value, ctx) => {
    const reading = readDomain(value);
    if (reading.ok) return reading.domain;
    ctx.addIssue({ code: "custom", message: reading.error });
    return z.NEVER;
  });

/** A server host name: the same reading as a domain (a pasted URL or address is understood). */
export const hostNameSchema = z
  .string()
  .max(2048, { error: "field.too_long" satisfies SchemaMessageKey })
  .transform((value, ctx) => {
    const reading = readDomain(value);
    if (reading.ok) return reading.domain;
    ctx.addIssue({ code: "custom", message: "host.invalid" satisfies SchemaMessageKey });
    return z.NEVER;
  });

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();

/** An IPv4 or IPv6 address; brackets as in bounce mails ("[203.0.113.25]") are dropped. */
export const ipSchema = z
  .string()
  .max(64, { error: "ip.invalid" satisfies SchemaMessageKey })
  .transform((value) => value.trim().replace(/^\[(.*)\]$/, "$1").replace(/^ipv6:/i, ""))
  .refine((value) => ipv4.safeParse(value).success || ipv6.safeParse(value).success, {
    error: "ip.invalid" satisfies SchemaMessageKey,
  });

/** An envelope sender: local-part@domain, with the domain read like a domain field. */
export const mailboxSchema = z
  .string()
  .max(512, { error: "field.too_long" satisfies SchemaMessageKey })
  .transform((value, ctx) => {
    const text = value.trim().replace(/^<|>$/g, "");
    const at = text.lastIndexOf("@");
    const local = text.slice(0, Math.max(at, 0));
    const domain = at > 0 ? readDomain(text.slice(at + 1)) : null;
    if (!domain?.ok || local.length === 0 || local.length > 64 || /[\s<>]/.test(local)) {
      ctx.addIssue({ code: "custom", message: "email.invalid" satisfies SchemaMessageKey });
      return z.NEVER;
    }
    return `${local}@${domain.domain}`;
  });
