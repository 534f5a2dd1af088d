// POST /api/v1/reports — run the diagnosis for these answers and keep it as a share link (/r/{id}).
// The error mail, when sent, is read for its facts and never stored; addresses are masked.
import { APP_VERSION } from "@/lib/app-version";
import { apiError } from "@/lib/http/api-error";
import { withApiGuard } from "@/lib/http/api-guard";
import { DIAGNOSE_BODY_MAX_BYTES } from "@/lib/http/body-limits";
import { invalidInput } from "@/lib/http/invalid-input";
import { readJsonBody } from "@/lib/http/read-json";
import { diagnosisLogFields } from "@/lib/log/diagnosis-fields";
import { diagnoseInputSchema } from "@/lib/schemas/diagnose-input";
import { reportUrl } from "@/lib/share/report-url";
import { buildSnapshot } from "@/lib/share/snapshot";
import { getStore } from "@/lib/store";
import { diagnose } from "@/lib/wizard/diagnose";
import { serverDiagnoseDeps } from "@/lib/wizard/server-deps";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const UNAVAILABLE = {
  ja: "結果を保存できませんでした。時間をおいてもう一度お試しください。",
  en: "The result could not be saved. Please try again later.",
};

export const POST = withApiGuard(
  "/api/v1/reports",
  async (request, call) => {
    const { locale } = call;
    const body = await readJsonBody(request, DIAGNOSE_BODY_MAX_BYTES, locale);
    if (!body.ok) return body.response;
    const parsed = diagnoseInputSchema.safeParse(body.value);
    if (!parsed.success) return invalidInput(parsed.error, locale);

    const { expect = [], fresh, ...input } = parsed.data;
    call.note({ scenario: input.scenario, domain: input.domain, pastedBounce: Boolean(input.bounce) });
    let saving = false;
    try {
      const diagnosis = await diagnose(input, serverDiagnoseDeps({ fresh }), expect);
      call.note(diagnosisLogFields(diagnosis));
      saving = true;
      const snapshot = buildSnapshot(diagnosis, { locale, appVersion: APP_VERSION, now: new Date() });
      const store = await getStore();
      const created = await store.snapshots.create({ payload: snapshot, locale, appVersion: APP_VERSION });
      return Response.json(
        { id: created.id, url: reportUrl(created.id, locale, request.url), createdAt: created.createdAt.toISOString(), expiresAt: created.expiresAt.toISOString() },
        { status: 201, headers: { "Cache-Control": "no-store" } },
      );
    } catch (error) {
      // Logged by type and stack only: the input may hold the customer's mail.
      call.failed(error);
      call.note({ outcome: saving ? "store_unavailable" : "internal" });
      return apiError("busy", UNAVAILABLE, locale);
    }
  },
  { analysis: true },
);
