import { isValidTargetName } from "@/lib/spf/domain-name";
import { macroContext, type EvalContext } from "@/lib/spf/eval-context";
import { expandMacros, toTargetName } from "@/lib/spf/macro";
import { parseMacroString, usesMacro, type MacroToken } from "@/lib/spf/macro-string";
import { pickValidatedName, validatedNames } from "@/lib/spf/validated-names";

async function validatedNameIfUsed(ctx: EvalContext, tokens: readonly MacroToken[], domain: string): Promise<string | undefined> {
  return usesMacro(tokens, ["p"]) ? pickValidatedName(await validatedNames(ctx, null), domain) : undefined;
}

/**
 * The explanation of a "fail" (RFC 7208 §6.2): the exp= target's single TXT record, expanded as
 * an explain-string. Its lookup is not one of the ten (§4.6.4) and any trouble (DNS error, no
 * or several records, non-ASCII text, bad macro syntax) means no explanation, never an error.
 */
export async function explanationFor(ctx: EvalContext, spec: readonly MacroToken[], domain: string): Promise<string | undefined> {
  const target = toTargetName(expandMacros(spec, macroContext(ctx, domain, await validatedNameIfUsed(ctx, spec, domain))));
  if (!isValidTargetName(target)) return undefined;
  const answer = await ctx.session.query(target, "TXT");
  if (answer.status !== "ok" || answer.records.length !== 1) return undefined;
  const text = (answer.records[0]?.data ?? []).join("");
  // The explanation string is US-ASCII (RFC 7208 §6.2).
  if (text === "" || !/^[\x20-\x7e]*$/.test(text)) return undefined;
  const parsed = parseMacroString(text, { explain: true });
  if (!parsed.ok) return undefined;
  return expandMacros(parsed.tokens, macroContext(ctx, domain, await validatedNameIfUsed(ctx, parsed.tokens, domain)));
}
