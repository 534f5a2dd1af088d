// GET /api/v1/reports/{id} — a shared result as stored (404 unknown, 410 expired).
import { apiError } from "@/lib/http/api-error";
import { withApiGuard } from "@/lib/http/api-guard";
import { getStore } from "@/lib/store";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const MESSAGES = {
  notFound: { ja: "この共有リンクは見つかりません。URL をご確認ください。", en: "This share link does not exist. Please check the address." },
  gone: { ja: "この共有リンクは保存期間が過ぎたため削除されました。", en: "This share link has expired and its result was deleted." },
  unavailable: { ja: "結果を読み込めませんでした。時間をおいてもう一度お試しください。", en: "The result could not be loaded. Please try again later." },
};

// The log line names the route pattern, never the id: a share link's id is what opens it.
export const GET = withApiGuard("/api/v1/reports/[id]", async (_request, call, context: { params: Promise<{ id: string }> }) => {
  const { locale } = call;
  const { id } = await context.params;
  try {
    const lookup = await (await getStore()).snapshots.get(id);
    if (lookup.status === "not_found") return apiError("not_found", MESSAGES.notFound, locale);
    if (lookup.status === "expired") return apiError("gone", MESSAGES.gone, locale);
    return new Response(lookup.snapshot.payloadJson, {
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, max-age=60" },
    });
  } catch (error) {
    call.failed(error);
    call.note({ outcome: "store_unavailable" });
    return apiError("busy", MESSAGES.unavailable, locale);
  }
});
