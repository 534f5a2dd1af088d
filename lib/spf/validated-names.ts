import type { DnsAnswer, DnsStatus } from "@/lib/dns/types";
import { isQueryableName, isSameOrSubdomain } from "@/lib/spf/domain-name";
import type { DnsSession } from "@/lib/spf/dns-session";
import { countVoid, type EvalContext, type TermRef } from "@/lib/spf/eval-context";
import { parseIp, reverseName, sameAddress, type IpAddress } from "@/lib/spf/ip";
import { ADDRESS_LOOKUP_LIMIT } from "@/lib/spf/types";

export function addressType(ip: IpAddress): "A" | "AAAA" {
  return ip.family === 4 ? "A" : "AAAA";
}

/** The PTR names the validation of RFC 7208 §5.5 looks at: the first ten of the answer. */
export function namesOfPtrAnswer(answer: DnsAnswer<"PTR">): string[] {
  const names = answer.status === "ok" ? answer.records.map((r) => r.data.replace(/\.$/, "")) : [];
  // "If this limit is exceeded, all records other than the first 10 MUST be ignored" (RFC 7208 §4.6.4).
  return names.slice(0, ADDRESS_LOOKUP_LIMIT);
}

export async function ptrNames(session: DnsSession, ip: IpAddress): Promise<{ names: string[]; status: DnsStatus }> {
  const answer = await session.query(reverseName(ip), "PTR");
  return { names: namesOfPtrAnswer(answer), status: answer.status };
}

/**
 * Validated domain names of the client (RFC 7208 §5.5): PTR names whose forward lookup gives
 * back <ip>. A failed PTR lookup gives none; a failed forward lookup skips that name. `ref`
 * makes an empty PTR answer count as a void lookup of that term. `candidate` limits the forward
 * lookups to names that could matter (the "ptr" mechanism only cares about one subtree).
 */
export async function validatedNames(
  ctx: EvalContext,
  ref: TermRef | null,
  candidate: (name: string) => boolean = () => true,
): Promise<string[]> {
  const { names, status } = await ptrNames(ctx.session, ctx.ip);
  if (ref && (status === "nxdomain" || status === "nodata")) countVoid(ctx, ref);
  const wanted = names.filter((name) => isQueryableName(name) && candidate(name));
  const type = addressType(ctx.ip);
  ctx.addressLookups += wanted.length;
  const answers = await Promise.all(wanted.map((name) => ctx.session.query(name, type)));
  return wanted.filter((_, i) => {
    const answer = answers[i];
    if (!answer || answer.status !== "ok") return false;
    return answer.records.some((r) => {
      const address = parseIp(String(r.data));
      return address !== null && sameAddress(address, ctx.ip);
    });
  });
}

/**
 * The %{p} value (RFC 7208 §7.3): <domain> itself if validated, else a validated subdomain of
 * it, else any validated name, else "unknown" (also on DNS errors).
 */
export function pickValidatedName(names: readonly string[], domain: string): string {
  const exact = names.find((n) => n.toLowerCase() === domain.toLowerCase());
  if (exact) return exact;
  const sub = names.find((n) => isSameOrSubdomain(n, domain));
  return sub ?? names[0] ?? "unknown";
}
