import { isQueryableName, isSameOrSubdomain } from "@/lib/spf/domain-name";
import { parseCached, type EvalContext } from "@/lib/spf/eval-context";
import { reverseName } from "@/lib/spf/ip";
import { mxHosts } from "@/lib/spf/mechanisms";
import { selectSpfRecord } from "@/lib/spf/record";
import { staticTarget } from "@/lib/spf/target";
import { ADDRESS_LOOKUP_LIMIT, type ParsedSpf } from "@/lib/spf/types";
import { addressType, namesOfPtrAnswer } from "@/lib/spf/validated-names";

/** Included/redirected records are prefetched this many levels deep at most. */
const MAX_PREFETCH_DEPTH = 10;

function ignore(promise: Promise<unknown> | null | undefined): void {
  promise?.catch(() => undefined);
}

/**
 * Starts, ahead of need, the queries the terms of a selected record will make, and recursively
 * those of included and redirected records as their TXT answers arrive. The evaluation still
 * walks terms in RFC order and awaits each answer; prefetching only makes the answers be there
 * (or on their way) when asked, so wall time tracks the depth of the tree. The session's
 * speculative budget bounds how much a hostile record can make us ask.
 */
export function prefetchRecord(ctx: EvalContext, parsed: ParsedSpf, domain: string, depth = 0): void {
  const key = domain.toLowerCase();
  if (ctx.prefetched.has(key) || parsed.errors.length > 0 || ctx.session.signal?.aborted) return;
  ctx.prefetched.add(key);
  const session = ctx.session;
  const type = addressType(ctx.ip);
  const hasAll = parsed.terms.some((t) => t.kind === "mechanism" && t.name === "all");

  for (const term of parsed.terms) {
    const name = term.name;
    if (term.kind === "modifier" && (name !== "redirect" || hasAll)) continue;
    if (term.kind !== "mechanism" && term.kind !== "modifier") continue;
    if (name === "all" || name === "ip4" || name === "ip6") continue;
    const target = staticTarget(ctx, term, domain);
    if (target === null) continue;
    switch (name) {
      case "a":
        ignore(session.prefetch(target, type));
        break;
      case "exists":
        ignore(session.prefetch(target, "A"));
        break;
      case "mx":
        ignore(
          session.prefetch(target, "MX")?.then((answer) => {
            if (answer.status !== "ok") return;
            for (const host of mxHosts(answer.records).slice(0, ADDRESS_LOOKUP_LIMIT)) {
              if (isQueryableName(host)) ignore(session.prefetch(host, type));
            }
          }),
        );
        break;
      case "ptr":
        ignore(
          session.prefetch(reverseName(ctx.ip), "PTR")?.then((answer) => {
            for (const ptr of namesOfPtrAnswer(answer)) {
              if (isQueryableName(ptr) && isSameOrSubdomain(ptr, target)) ignore(session.prefetch(ptr, type));
            }
          }),
        );
        break;
      case "include":
      case "redirect":
        if (depth >= MAX_PREFETCH_DEPTH) break;
        ignore(
          session.prefetch(target, "TXT")?.then((answer) => {
            const lookup = selectSpfRecord(target, answer);
            if (lookup.status === "found" && lookup.record !== undefined) {
              prefetchRecord(ctx, parseCached(ctx, lookup.record), target, depth + 1);
            }
          }),
        );
        break;
    }
  }
}
