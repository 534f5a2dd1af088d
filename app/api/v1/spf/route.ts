// GET /api/v1/spf?domain=&ip=&sender=&helo= — the SPF record of a domain, its include tree and findings.
import { withDeadline } from "@/lib/dns/deadline";
import { getDnsClient, getDnsConfig } from "@/lib/dns/default-client";
import { localizeFinding } from "@/lib/findings/finding";
import { withApiGuard } from "@/lib/http/api-guard";
import { invalidInput } from "@/lib/http/invalid-input";
import { spfQuerySchema } from "@/lib/schemas/spf-query";
import { analyzeSpf } from "@/lib/spf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withApiGuard(
  "/api/v1/spf",
  async (request, call) => {
    const { locale } = call;
    const parsed = spfQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return invalidInput(parsed.error, locale);

    const dns = withDeadline(getDnsClient(), getDnsConfig().analysisDeadlineMs);
    const analysis = await analyzeSpf(parsed.data, dns, { signal: dns.signal });
    // The domain and counts only: `sender` is an e-mail address.
    const dnsTrouble = analysis.result === "temperror" || analysis.findings.some((finding) => finding.code === "spf.dns_error");
    call.note({
      outcome: dnsTrouble ? "dns_partial" : "ok",
      domain: analysis.domain,
      result: analysis.result,
      counts: { records: analysis.records.length, lookups: analysis.lookups.count, findings: analysis.findings.length },
    });
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
  },
  { analysis: true },
);
