// POST /api/v1/diagnose — every check for one customer's path, and the exact actions to take.
// JSON by default; with `Accept: application/x-ndjson` it streams which check is running, then the result.
import { apiError } from "@/lib/http/api-error";
import { withApiGuard } from "@/lib/http/api-guard";
import { DIAGNOSE_BODY_MAX_BYTES } from "@/lib/http/body-limits";
import { invalidInput } from "@/lib/http/invalid-input";
import { readJsonBody } from "@/lib/http/read-json";
import { localize } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { diagnosisLogFields } from "@/lib/log/diagnosis-fields";
import { diagnoseInputSchema } from "@/lib/schemas/diagnose-input";
import { diagnose } from "@/lib/wizard/diagnose";
import { serverDiagnoseDeps } from "@/lib/wizard/server-deps";
import type { Diagnosis, ProgressEvent } from "@/lib/wizard/types";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const INTERNAL = {
  ja: "診断中に問題が発生しました。時間をおいてもう一度お試しください。",
  en: "Something went wrong during the diagnosis. Please try again later.",
};

function shape(diagnosis: Diagnosis, locale: Locale, bilingual: boolean) {
  return bilingual ? diagnosis : localize(diagnosis, locale);
}

export const POST = withApiGuard(
  "/api/v1/diagnose",
  async (request, call) => {
    const { locale } = call;
    const bilingual = new URL(request.url).searchParams.get("view") === "bilingual";
    const body = await readJsonBody(request, DIAGNOSE_BODY_MAX_BYTES, locale);
    if (!body.ok) return body.response;
    const parsed = diagnoseInputSchema.safeParse(body.value);
    if (!parsed.success) return invalidInput(parsed.error, locale);

    const { expect = [], fresh, ...input } = parsed.data;
    call.note({ scenario: input.scenario, domain: input.domain, fresh: fresh === true, pastedBounce: Boolean(input.bounce) });
    const deps = serverDiagnoseDeps({ fresh });

    if ((request.headers.get("accept") ?? "").includes("application/x-ndjson")) {
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          // A client that went away cancels the stream; the diagnosis still ends by its deadline.
          const send = (line: unknown) => {
            try {
              controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
            } catch {
              // Nobody is reading any more.
            }
          };
          const work = diagnose(input, { ...deps, onProgress: (event: ProgressEvent) => send(event) }, expect).then(
            (diagnosis) => {
              call.note(diagnosisLogFields(diagnosis));
              send({ type: "result", diagnosis: shape(diagnosis, locale, bilingual) });
            },
            (error: unknown) => {
              // Logged by type and stack only: the input may hold the customer's mail.
              call.failed(error);
              call.note({ outcome: "internal" });
              send({ type: "error", error: { code: "internal", message: INTERNAL[locale] } });
            },
          );
          call.defer(
            work.finally(() => {
              try {
                controller.close();
              } catch {
                // Already cancelled by the client.
              }
            }),
          );
        },
      });
      return new Response(stream, { headers: { ...NO_STORE, "Content-Type": "application/x-ndjson; charset=utf-8" } });
    }

    try {
      const diagnosis = await diagnose(input, deps, expect);
      call.note(diagnosisLogFields(diagnosis));
      return Response.json(shape(diagnosis, locale, bilingual), { headers: NO_STORE });
    } catch (error) {
      call.failed(error);
      return apiError("internal", INTERNAL, locale);
    }
  },
  { analysis: true },
);
