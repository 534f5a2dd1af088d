// POST /api/v1/bounce — read a pasted bounce and say what the receiver refused and why.
import { analyzeBounce, BOUNCE_CATEGORIES, NOT_A_BOUNCE_REASONS, type BounceOutcome } from "@/lib/bounce";
import { apiError } from "@/lib/http/api-error";
import { withApiGuard } from "@/lib/http/api-guard";
import { BOUNCE_BODY_MAX_BYTES } from "@/lib/http/body-limits";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { BOUNCE_INPUT_MESSAGES, bounceInputSchema, isBounceInputMessageKey } from "@/lib/schemas/bounce-input";
import { BOUNCE_ROUTE_MESSAGES } from "./messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const TEXT_TYPES = new Set(["text/plain", "message/rfc822"]);

export const POST = withApiGuard("/api/v1/bounce", async (request, call) => {
  const { locale } = call;
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
  if (!isJson && !TEXT_TYPES.has(mediaType)) return apiError("unsupported_media_type", BOUNCE_ROUTE_MESSAGES.unsupportedMediaType, locale);

  const body = await readLimitedBody(request, BOUNCE_BODY_MAX_BYTES);
  if (!body.ok) return apiError("payload_too_large", BOUNCE_ROUTE_MESSAGES.tooLarge, locale);

  let candidate: unknown;
  if (isJson) {
    try {
      candidate = JSON.parse(new TextDecoder().decode(body.bytes));
    } catch {
      return apiError("invalid_input", BOUNCE_ROUTE_MESSAGES.invalidJson, locale);
    }
  } else {
    candidate = { text: new TextDecoder().decode(body.bytes) };
  }
  const parsed = bounceInputSchema.safeParse(candidate);
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.message ?? "";
    const message = isBounceInputMessageKey(key) ? BOUNCE_INPUT_MESSAGES[key] : BOUNCE_ROUTE_MESSAGES.invalidInput;
    return apiError(key === "bounce.text.too_large" ? "payload_too_large" : "invalid_input", message, locale, {
      fields: { text: message[locale] },
    });
  }

  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType)?.[1] ?? null;
  let outcome: BounceOutcome;
  try {
    outcome = isJson ? await analyzeBounce(parsed.data.text) : await analyzeBounce(body.bytes, { charset });
  } catch (error) {
    // Logged by type and stack only: the message could carry pieces of the customer's mail.
    call.failed(error);
    return apiError("internal", BOUNCE_ROUTE_MESSAGES.internal, locale);
  }
  if (!outcome.ok) {
    call.note({ reason: outcome.reason });
    return apiError("not_a_bounce", NOT_A_BOUNCE_REASONS[outcome.reason], locale);
  }
  // What was refused and for which domain; never the recipient, the sender or the mail's text.
  call.note({ category: outcome.bounce.category, gmail: outcome.bounce.gmail, scenario: outcome.bounce.scenario, domain: outcome.bounce.domain });

  const category = BOUNCE_CATEGORIES[outcome.bounce.category];
  return Response.json(
    {
      ...outcome.bounce,
      title: category.title[locale],
      explanation: category.explanation[locale],
      dnsFixable: category.dnsFixable,
    },
    { headers: NO_STORE },
  );
});
