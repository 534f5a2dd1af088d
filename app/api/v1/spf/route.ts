// GET /api/v1/spf?domain=&ip=&sender=&helo= — the SPF record of a domain, its include tree and findings.
import { withDeadline } from "@/lib/dns/deadline";
import { getDnsClient, getDnsConfig } from "@/lib/dns/default-client";
import { localizeFinding } from "@/lib/findings/finding";
import { invalidInput } from "@/lib/http/invalid-input";
import { pickLocale } from "@/lib/i18n/locales";
import { spfQuerySchema } from "@/lib/schemas/spf-query";
import { analyzeSpf } from "@/lib/spf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const locale = pickLocale(params.get("lang"), request.headers.get("accept-language"));
  const parsed = spfQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return invalidInput(parsed.error, locale);

  const dns = withDeadline(getDnsClient(), getDnsConfig().analysisDeadlineMs);
  const analysis = await analyzeSpf(parsed.data, dns, { signal: dns.signal });
  return Response.json(
    {
      domain: analysis.domain,
      records: analysis.records,
      result: analysis.result,
      lookups: analysis.lookups,
      findings: analysis.findings.map((finding) => localizeFinding(finding, locale)),
      decidingTerm: analysis.check?.decidingTerm ?? null,
      explanation: analysis.check?.explanation ?? null,
      tree: analysis.tree,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
