// POST /api/v1/diagnose — every check for one customer's path, and the exact actions to take.
// JSON by default; with `Accept: application/x-ndjson` it streams which check is running, then the result.
import { apiError } from "@/lib/http/api-error";
import { invalidInput } from "@/lib/http/invalid-input";
import { readJsonBody } from "@/lib/http/read-json";
import { localize } from "@/lib/i18n/localize";
import { pickLocale, type Locale } from "@/lib/i18n/locales";
import { BOUNCE_TEXT_MAX_BYTES } from "@/lib/schemas/bounce-input";
import { diagnoseInputSchema } from "@/lib/schemas/diagnose-input";
import { diagnose } from "@/lib/wizard/diagnose";
import { serverDiagnoseDeps } from "@/lib/wizard/server-deps";
import type { Diagnosis, ProgressEvent } from "@/lib/wizard/types";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const MAX_BODY = BOUNCE_TEXT_MAX_BYTES + 64 * 1024;
const INTERNAL = {
  ja: "診断中に問題が発生しました。時間をおいてもう一度お試しください。",
  en: "Something went wrong during the diagnosis. Please try again later.",
};

function shape(diagnosis: Diagnosis, locale: Locale, bilingual: boolean) {
  return bilingual ? diagnosis : localize(diagnosis, locale);
}

export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = pickLocale(url.searchParams.get("lang"), request.headers.get("accept-language"));
  const bilingual = url.searchParams.get("view") === "bilingual";
  const body = await readJsonBody(request, MAX_BODY, locale);
  if (!body.ok) return body.response;
  const parsed = diagnoseInputSchema.safeParse(body.value);
  if (!parsed.success) return invalidInput(parsed.error, locale);

  const { expect = [], fresh, ...input } = parsed.data;
  const deps = serverDiagnoseDeps({ fresh });

  if ((request.headers.get("accept") ?? "").includes("application/x-ndjson")) {
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        try {
          const diagnosis = await diagnose(input, { ...deps, onProgress: (event: ProgressEvent) => send(event) }, expect);
          send({ type: "result", diagnosis: shape(diagnosis, locale, bilingual) });
        } catch {
          // Nothing is logged: the input may hold the customer's mail.
          send({ type: "error", error: { code: "internal", message: INTERNAL[locale] } });
        }
        controller.close();
      },
    });
    return new Response(stream, { headers: { ...NO_STORE, "Content-Type": "application/x-ndjson; charset=utf-8" } });
  }

  try {
    const diagnosis = await diagnose(input, deps, expect);
    return Response.json(shape(diagnosis, locale, bilingual), { headers: NO_STORE });
  } catch {
    return apiError("internal", INTERNAL, locale);
  }
}
