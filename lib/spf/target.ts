import { isValidTargetName } from "@/lib/spf/domain-name";
import { countLookup, macroContext, type EvalContext, type TermRef } from "@/lib/spf/eval-context";
import { expandMacros, toTargetName } from "@/lib/spf/macro";
import { usesMacro, type MacroToken } from "@/lib/spf/macro-string";
import type { SpfTerm } from "@/lib/spf/types";
import { pickValidatedName, validatedNames } from "@/lib/spf/validated-names";

/**
 * <target-name> of a term: its domain-spec expanded, or <domain> when it has none (RFC 7208
 * §4.8). The %{p} lookup of a counted term is one more DNS-querying step (RFC 7208 §4.6.4).
 * Null when the expansion is no usable target name (see isValidTargetName): such a name can
 * match nothing. The domain-spec syntax itself is checked before expansion only (RFC 7208 §7.1).
 */
export async function expandTarget(ctx: EvalContext, term: SpfTerm, domain: string, ref: TermRef): Promise<string | null> {
  if (!term.spec) return domain;
  return expandDomainSpec(ctx, term.spec, domain, ref);
}

export async function expandDomainSpec(
  ctx: EvalContext,
  spec: readonly MacroToken[],
  domain: string,
  ref: TermRef | null,
): Promise<string | null> {
  let validated: string | undefined;
  if (usesMacro(spec, ["p"])) {
    if (ref) countLookup(ctx, ref);
    validated = pickValidatedName(await validatedNames(ctx, ref), domain);
  }
  const name = toTargetName(expandMacros(spec, macroContext(ctx, domain, validated)));
  return isValidTargetName(name) ? name : null;
}

/** The target without DNS, for prefetching: null when it needs %{p} or is unusable. */
export function staticTarget(ctx: EvalContext, term: SpfTerm, domain: string): string | null {
  if (!term.spec) return domain;
  if (usesMacro(term.spec, ["p"])) return null;
  const name = toTargetName(expandMacros(term.spec, macroContext(ctx, domain)));
  return isValidTargetName(name) ? name : null;
}
