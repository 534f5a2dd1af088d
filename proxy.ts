import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_HEADER, localeFromPath } from "@/lib/i18n/path-locale";
import { sharedResultStatus } from "@/lib/share/shared-result-status";

const SHARED_RESULT = /^(?:\/en)?\/r\/([^/]+)$/;

// Runs before every page: tells the root layout which language the page is in.
export async function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, localeFromPath(request.nextUrl.pathname, request.nextUrl.searchParams));
  const shared = SHARED_RESULT.exec(request.nextUrl.pathname);
  if (shared) {
    // The page cannot set its own status: an unknown link answers 404, an expired one 410.
    const status = await sharedResultStatus(shared[1] ?? "");
    if (status !== 200) return NextResponse.next({ status, request: { headers } });
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|embed.js|robots.txt).*)"],
};
