import { NextResponse, type NextRequest } from "next/server";
import { readFramingConfig, type FramingConfig } from "@/lib/embed/frame-policy";
import { newNonce, pageSecurityHeaders } from "@/lib/http/security-headers";
import { LOCALE_HEADER, localeFromPath } from "@/lib/i18n/path-locale";
import { getLogger } from "@/lib/log/logger";
import { sharedResultStatus } from "@/lib/share/shared-result-status";

const SHARED_RESULT = /^(?:\/en)?\/r\/([^/]+)$/;

// Runs before every page: tells the root layout which language the page is in, and sets the
// page's security headers (a CSP with a fresh nonce, who may frame it).
export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const security = pageSecurityHeaders(path, newNonce(), framingConfig(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, localeFromPath(path, request.nextUrl.searchParams));
  // Next.js reads the nonce from the request's CSP and puts it on its own scripts.
  headers.set("Content-Security-Policy", security["Content-Security-Policy"] ?? "");
  const shared = SHARED_RESULT.exec(request.nextUrl.pathname);
  if (shared) {
    // The page cannot set its own status: an unknown link answers 404, an expired one 410.
    const status = await sharedResultStatus(shared[1] ?? "");
    if (status !== 200) return withHeaders(NextResponse.next({ status, request: { headers } }), security);
  }
  return withHeaders(NextResponse.next({ request: { headers } }), security);
}

let framing: FramingConfig | undefined;

// Read once per process (bad entries are logged once, not on every request).
function framingConfig(): FramingConfig {
  if (!framing) {
    const reading = readFramingConfig(process.env);
    for (const warning of reading.warnings) getLogger().warn({ component: "embed" }, warning);
    framing = reading.config;
  }
  return framing;
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.ico$|embed\\.js$|robots\\.txt$).*)"],
};
